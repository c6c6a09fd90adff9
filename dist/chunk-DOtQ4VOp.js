export { p as pull } from './chunk-DTyqJb2h.js';
import './chunk-CqRTTC0k.js';
import './chunk-DnQlgBH2.js';
import './chunk-DW3a1VsZ.js';
import './chunk-BOefz6db.js';
import './chunk-DoM6UV22.js';
import './chunk-BeGqqcSx.js';
