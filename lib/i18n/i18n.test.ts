import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './dates';
import { translator } from './i18n';
import { UI_STRINGS } from './ui-strings';

describe('UI strings', () => {
  it('exist in both languages for every key, none empty', () => {
    expect(Object.keys(UI_STRINGS.en).sort()).toEqual(Object.keys(UI_STRINGS.vi).sort());
    for (const table of [UI_STRINGS.vi, UI_STRINGS.en]) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });

  it('translate by language and show unknown keys as themselves', () => {
    expect(translator('vi')('type_treaty')).toBe('Hiệp định – điều ước');
    expect(translator('en')('type_treaty')).toBe('Treaty or agreement');
    expect(translator('en')('no_such_key')).toBe('no_such_key');
  });
});

describe('formatIsoDate', () => {
  it.each([
    ['1954-07-21', 'vi', '21/7/1954'],
    ['1954-07', 'vi', 'tháng 7/1954'],
    ['1954-07', 'vi', '7/1954', { monthWord: false }],
    ['1954', 'vi', '1954'],
    ['1954-07-21', 'en', '21 July 1954'],
    ['2020-08', 'en', 'August 2020'],
  ] as const)('%s in %s is %s', (iso, lang, want, options?: { monthWord: boolean }) => {
    expect(formatIsoDate(iso, lang, options)).toBe(want);
  });
});
