import './rules.ts';
