#!/usr/bin/env node
// The bundle (npm run build): one module graph of a few files loads in about half the time of the ~100 files tsc
// writes, which was most of a short run (bench: start-up).
import { main } from '../dist/bundle/main.js';

main();
