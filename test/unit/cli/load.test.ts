/** cli/load.ts decodes page bytes as a browser would: BOM, then the `<meta>` charset prescan, else UTF-8. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { charsetFromContent, decodePage, encodingFor, readPage, sniffMetaCharset } from '../../../cli/load';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

// "سلام" in windows-1256: س D3, ل E1, ا C7, م E3.
const SALAM_1256 = [0xd3, 0xe1, 0xc7, 0xe3];
// "café déjà" in windows-1252.
const CAFE_1252 = [...ascii('caf'), 0xe9, ...ascii(' d'), 0xe9, ...ascii('j'), 0xe0];

describe('decodePage', () => {
  it('reads Arabic in windows-1256 from <meta charset>', () => {
    const page = bytes(
      '<!doctype html><html><head><meta charset="windows-1256"><title>t</title></head><body><p>',
      SALAM_1256,
      '</p></body></html>',
    );
    const decoded = decodePage(page);
    expect(decoded).toMatchObject({ encoding: 'windows-1256', from: 'meta' });
    expect(decoded.text).toContain('<p>سلام</p>');
  });

  it('reads French in windows-1252 from <meta http-equiv=content-type>, any case and quoting', () => {
    const page = bytes(
      "<HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-1'></HEAD><BODY>",
      CAFE_1252,
      '</BODY></HTML>',
    );
    const decoded = decodePage(page);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', from: 'meta' });
    expect(decoded.text).toContain('café déjà');
  });

  it('reads Shift_JIS, GBK and EUC-KR by their labels', () => {
    const cases: [string, string, number[]][] = [
      ['shift_jis', '日本', [0x93, 0xfa, 0x96, 0x7b]],
      ['gb2312', '中文', [0xd6, 0xd0, 0xce, 0xc4]],
      ['euc-kr', '한국', [0xc7, 0xd1, 0xb1, 0xb9]],
    ];
    for (const [label, text, encoded] of cases) {
      expect(decodePage(bytes(`<meta charset=${label}><p>`, encoded, '</p>')).text, label).toContain(`<p>${text}</p>`);
    }
  });

  it('lets a byte order mark win over <meta>: UTF-16LE, UTF-16BE and UTF-8', () => {
    const html = '<meta charset="windows-1256"><p>שלום سلام</p>';
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(html, 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(html, 'utf16le').swap16()]);
    const u8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(html, 'utf8')]);
    expect(decodePage(le)).toEqual({ text: html, encoding: 'utf-16le', from: 'bom' });
    expect(decodePage(be)).toEqual({ text: html, encoding: 'utf-16be', from: 'bom' });
    expect(decodePage(u8)).toEqual({ text: html, encoding: 'utf-8', from: 'bom' });
  });

  it('falls back to UTF-8: no declaration, an unknown label, a declaration past the prescan, or one in a comment', () => {
    const arabic = Buffer.from('<p>سلام</p>', 'utf8');
    const cases = [
      bytes('<html><head><title>x</title></head><body>', [...arabic]),
      bytes('<meta charset="klingon-8"><body>', [...arabic]),
      bytes('<!-- <meta charset="windows-1256"> --><body>', [...arabic]),
      bytes('<head>', ' '.repeat(5000), '<meta charset="windows-1256"><body>', [...arabic]),
    ];
    for (const page of cases) {
      const decoded = decodePage(page);
      expect(decoded.encoding).toBe('utf-8');
      expect(decoded.from).toBe('default');
      expect(decoded.text).toContain('<p>سلام</p>');
    }
  });

  it('skips an unknown label and takes the next usable declaration; reads a UTF-16 declaration as UTF-8', () => {
    expect(
      sniffMetaCharset(
        bytes('<meta charset="nope"><meta http-equiv="content-type" content="text/html;charset=windows-1256">'),
      ),
    ).toBe('windows-1256');
    expect(sniffMetaCharset(bytes('<meta charset="utf-16">'))).toBe('utf-8');
    expect(sniffMetaCharset(bytes('<meta name="viewport" content="width=device-width"><meta charset=euc-jp>'))).toBe(
      'euc-jp',
    );
    expect(sniffMetaCharset(bytes('<meta content="text/html; charset=windows-1256">'))).toBeNull();
  });

  it('uses a given encoding over the page’s own declaration, and rejects an unknown one', () => {
    const page = Buffer.from('<meta charset="gb2312"><p>中文</p>', 'utf8');
    expect(decodePage(page, 'utf-8')).toMatchObject({
      encoding: 'utf-8',
      from: 'given',
      text: '<meta charset="gb2312"><p>中文</p>',
    });
    expect(decodePage(page).text).not.toContain('中文');
    expect(() => decodePage(page, 'nope')).toThrow(/^Unknown encoding: nope$/);
  });

  it('resolves WHATWG labels', () => {
    expect(encodingFor(' Latin1 ')).toBe('windows-1252');
    expect(encodingFor('x-user-defined')).toBe('windows-1252');
    expect(encodingFor('cp1256')).toBe('windows-1256');
    expect(encodingFor('nope')).toBeNull();
    expect(charsetFromContent('text/html; charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContent('text/html')).toBeNull();
  });
});

describe('readPage', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qari-load-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decodes a gzipped windows-1256 page by its <meta> and a UTF-8 one by default', () => {
    const file = join(dir, 'ar.html.gz');
    writeFileSync(file, gzipSync(bytes('<meta charset="windows-1256"><p>', SALAM_1256, '</p>')));
    expect(readPage(file)).toContain('<p>سلام</p>');
    const utf8 = join(dir, 'he.html');
    writeFileSync(utf8, '<p>שלום</p>');
    expect(readPage(utf8)).toBe('<p>שלום</p>');
  });
});
