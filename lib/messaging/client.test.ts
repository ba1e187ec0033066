import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { ask, askStore, StoreRequestError } from './client';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('asking the background', () => {
  it('gives back what the background answered, and rejects when it says it could not answer', async () => {
    // The background answers through sendResponse, which cannot reject: a failure comes back as `{ failed }`.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const { id } = message as { id: string };
      return Promise.resolve(id === 'asean' ? { id, title: 'ASEAN' } : { failed: 'the glossary could not be read' });
    });
    await expect(ask({ type: 'term/details', id: 'asean' })).resolves.toEqual({ id: 'asean', title: 'ASEAN' });
    await expect(ask({ type: 'term/details', id: 'wto' })).rejects.toThrow('the glossary could not be read');
  });

  it('turns a store request the background could not answer into a store error', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ failed: 'the database is blocked' }));
    await expect(askStore({ type: 'store/due-count' })).rejects.toBeInstanceOf(StoreRequestError);
  });
});
