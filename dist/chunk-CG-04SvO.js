export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-CzHl4xiP.js';
import './chunk-f3w2fH7b.js';
import './chunk-DnQlgBH2.js';
import './chunk-DW3a1VsZ.js';
import './chunk-BOefz6db.js';
import './chunk-L5AFKvFy.js';
import './chunk-DoM6UV22.js';
import './chunk-BeGqqcSx.js';
