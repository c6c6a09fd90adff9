export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-CNwGsvz8.js';
import './chunk-BdnUzdfK.js';
import './chunk-CXVaUTXl.js';
import './chunk-B-6LZOx6.js';
import './chunk-BxbbjG6I.js';
import './chunk-mjagBjGy.js';
import './chunk-x8y2Yanw.js';
import './chunk-C9VzFTM1.js';
import './chunk-DoM6UV22.js';
