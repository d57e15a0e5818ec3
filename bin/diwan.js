#!/usr/bin/env node
// The CLI runs from the esbuild bundle; `npm run build` (or `npm start`) makes it.
import '../dist/cli.js';
