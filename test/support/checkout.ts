// The tests run compiled, from dist/test/. What tsc does not emit there (README.md, .env.example, the .ts sources,
// the card templates as files) is read from the checkout itself.

import { existsSync } from 'node:fs';
import path from 'node:path';

/** The checkout's root folder (where package.json is), from dist/test/support. */
export const CHECKOUT = path.resolve(__dirname, '..', '..', '..');

if (!existsSync(path.join(CHECKOUT, 'package.json'))) {
  throw new Error(
    `test/support/checkout.ts: no package.json in ${CHECKOUT}; run the tests compiled (npm test)`,
  );
}
