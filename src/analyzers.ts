/**
 * Loads every analyzer, sniffer and rule. Import this once before scanning or listing rules:
 * registration happens when a module is imported, so one list here wires the whole tool.
 */
import './formats/opaque.ts';
import './formats/unknown.ts';
import './repo/lfs-pointer.ts';
import './verify/scan-verifier.ts';
