import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_MAX_SUGGESTED_KEYS, COMMANDS, manifestCommands } from './commands';

const locales = ['vi', 'en'].map((lang) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, unknown>);

describe('keyboard commands', () => {
  it('suggests keys for at most four commands in Chrome, and lists the others without keys', () => {
    const chrome = manifestCommands('chrome');
    const withKeys = Object.values(chrome).filter((c) => c.suggested_key);
    expect(withKeys.length).toBeLessThanOrEqual(CHROME_MAX_SUGGESTED_KEYS);
    expect(Object.keys(chrome).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    expect(chrome['next-mention']!.suggested_key!.default).toBe('Alt+Shift+Period');
    expect(chrome['previous-mention']!.suggested_key!.default).toBe('Alt+Shift+Comma');
    expect(manifestCommands('firefox')['next-mention']!.suggested_key!.default).toBe('Alt+Shift+N');
    expect(chrome['explain-selection']).toEqual({ description: '__MSG_cmdExplainSelection__' });
  });

  it('gives Firefox every default, the popup under its MV2 name, and no two commands the same keys', () => {
    const firefox = manifestCommands('firefox');
    expect(firefox._execute_browser_action).toBeDefined();
    expect(firefox._execute_action).toBeUndefined();
    const keys = Object.values(firefox).flatMap((c) => (c.suggested_key ? [c.suggested_key.default] : []));
    expect(keys.length).toBe(COMMANDS.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('describes every command in both languages of the manifest', () => {
    for (const messages of locales) for (const c of COMMANDS) expect(messages[c.message], c.message).toBeDefined();
  });
});
