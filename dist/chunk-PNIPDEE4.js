import {
  jsonGet
} from "./chunk-5TYTPVJQ.js";

// src/formats/chat-template/locate.ts
var TEMPLATE_CONFIG_NAMES = /* @__PURE__ */ new Set([
  "tokenizer_config.json",
  "chat_template.json",
  "processor_config.json",
  "preprocessor_config.json"
]);
var JINJA_FILE = /\.(jinja|jinja2|j2)$/;
function templatesInConfig(root) {
  if (root.t !== "object") return [];
  const out = [];
  const entries = root.entries.filter((e) => e.key === "chat_template");
  const duplicate = entries.length > 1;
  for (const e of entries) {
    if (e.value.t === "string") out.push({ text: e.value.value, duplicate });
    else if (e.value.t === "array") out.push(...namedList(e.value.items, duplicate));
    else if (e.value.t === "object") {
      for (const sub of e.value.entries) {
        if (sub.value.t === "string") out.push({ name: sub.key, text: sub.value.value, duplicate });
      }
    }
  }
  return out;
}
function namedList(items, duplicate) {
  const out = [];
  for (const item of items) {
    if (item.t !== "object") continue;
    const name = jsonGet(item, "name");
    const tpls = item.entries.filter((x) => x.key === "template");
    for (const tpl of tpls) {
      if (tpl.value.t !== "string") continue;
      out.push({
        name: name?.t === "string" ? name.value : void 0,
        text: tpl.value.value,
        duplicate: duplicate || tpls.length > 1
      });
    }
  }
  return out;
}
function templateDuplicates(duplicates) {
  return duplicates.filter(
    (d) => d.key === "chat_template" && d.where === "" || d.key === "template" && d.where.startsWith("chat_template")
  );
}

export {
  TEMPLATE_CONFIG_NAMES,
  JINJA_FILE,
  templatesInConfig,
  templateDuplicates
};
