import { readConfig } from '../../src/config';

describe('customer directory configuration', () => {
  it('reloads every 15 minutes by default; 0 turns the directory off; a bad value stops start-up', () => {
    expect(readConfig({}).customerDirectoryRefreshMinutes).toBe(15);
    expect(readConfig({ CUSTOMER_DIRECTORY_REFRESH_MINUTES: '60' }).customerDirectoryRefreshMinutes).toBe(60);
    expect(readConfig({ CUSTOMER_DIRECTORY_REFRESH_MINUTES: '0' }).customerDirectoryRefreshMinutes).toBe(0);
    expect(() => readConfig({ CUSTOMER_DIRECTORY_REFRESH_MINUTES: 'often' })).toThrow(
      /CUSTOMER_DIRECTORY_REFRESH_MINUTES/,
    );
    expect(() => readConfig({ CUSTOMER_DIRECTORY_REFRESH_MINUTES: '2000' })).toThrow(
      /CUSTOMER_DIRECTORY_REFRESH_MINUTES/,
    );
  });
});
