import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isGuid } from '../../src/partnercenter/guid-format';
import { CHECKOUT } from '../support/checkout';

describe('isGuid', () => {
  it('takes a GUID in any case, nothing else', () => {
    expect(isGuid('0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c')).toBe(true);
    expect(isGuid('0B6D2C9E-8F41-4A3E-B5D7-1C2E3F4A5B6C')).toBe(true);
    for (const not of [
      '',
      'contoso.com',
      '{0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c}',
      ' 0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c',
      '0b6d2c9e8f414a3eb5d71c2e3f4a5b6c',
    ]) {
      expect(isGuid(not)).toBe(false);
    }
  });

  it('is the only GUID pattern in src/', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(path.join(dir, e.name))
          : e.name.endsWith('.ts')
            ? [path.join(dir, e.name)]
            : [],
      );
    const src = path.join(CHECKOUT, 'src');
    const withPattern = files(src)
      .filter((f) => readFileSync(f, 'utf8').includes('{8}-'))
      .map((f) => path.relative(src, f));
    expect(withPattern).toEqual([path.join('partnercenter', 'guid-format.ts')]);
  });
});
