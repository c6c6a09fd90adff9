export { p as pull } from './chunk-BOWwWgpJ.js';
import './chunk-BgRMHjXx.js';
import './chunk-hWJQdhMQ.js';
import './chunk-BbEj1Pt5.js';
import './chunk-CJ6ch3s5.js';
import './chunk-DoM6UV22.js';
import './chunk-D6dBxcvv.js';
