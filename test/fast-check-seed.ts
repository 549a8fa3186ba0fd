import fc from 'fast-check';

// One fixed seed, so CI is reproducible and a red run means the code changed, not the dice.
// Explore new inputs with FC_SEED=<n> npm test (or FC_SEED=random).
const seed = process.env['FC_SEED'];
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261123 : Number(seed) });
