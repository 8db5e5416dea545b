import { isLoopbackHost, isLoopbackUrl } from '../../src/net/loopback';

describe('loopback', () => {
  it('isLoopbackHost: 127.0.0.0/8, ::1 (bracketed, spelled out) and localhost only', () => {
    expect(
      ['127.0.0.1', '127.255.0.9', '::1', '0:0:0:0:0:0:0:1', '[::1]', 'localhost'].map(isLoopbackHost),
    ).toEqual(Array(6).fill(true));
    expect(
      ['0.0.0.0', '::', '', '127.0.0', '127.0.0.1.example.com', '::ffff:10.0.0.1'].map(isLoopbackHost),
    ).toEqual(Array(6).fill(false));
  });

  it('isLoopbackUrl: http(s) URLs on this machine, however the address is spelled', () => {
    expect(
      ['http://127.0.0.1:3978/x', 'https://localhost/', 'http://[::1]:80', 'http://127.1/'].map(
        isLoopbackUrl,
      ),
    ).toEqual(Array(4).fill(true));
    expect(
      ['http://10.0.0.1/', 'ftp://127.0.0.1/', 'http://0.0.0.0/', 'not a url'].map(isLoopbackUrl),
    ).toEqual(Array(4).fill(false));
  });
});
