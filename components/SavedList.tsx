import { useEffect, useRef, useState } from 'preact/hooks';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import type { SavedTermView } from '../lib/messaging/store-protocol';
import { local } from '../lib/review/questions';
import { MAX_NOTE_LENGTH } from '../lib/store/records';
import { dayText } from './review-format';
import { MeetingPlace } from './ReviewViews';

type Props = {
  /** The saved terms (store/list); shown newest saved first whatever their order. */
  items: readonly SavedTermView[];
  lang: Lang;
  t: Translate;
  /** Opens a term's card (only for terms the glossary still has). */
  onOpenTerm: (termId: string) => void;
  /** Unsaves after the reader confirmed; a rejection keeps the term and says so. */
  onUnsave: (termId: string) => Promise<unknown> | void;
  /** Saves a note (blur or the button); a rejection says the note was not saved. */
  onSaveNote: (termId: string, note: string) => Promise<unknown> | void;
};

const byNewestSave = (a: SavedTermView, b: SavedTermView) => b.savedAt - a.savedAt || b.updatedAt - a.updatedAt || a.termId.localeCompare(b.termId);

/**
 * The side panel's "Đã lưu / Saved" view: every saved term with where it was met and the reader's note. A term
 * the glossary no longer has stays listed under its id (saved data is never dropped). Pure apart from what is
 * being typed, expanded or confirmed: the container does the saving.
 */
export function SavedList({ items, lang, t, onOpenTerm, onUnsave, onSaveNote }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const sorted = [...items].sort(byNewestSave);
  return (
    <section class="tre-saved-view" aria-labelledby="tre-saved-heading">
      <h2 id="tre-saved-heading">{t('saved_label')}</h2>
      <p class="tre-visually-hidden" role="status">{announcement}</p>
      {sorted.length === 0 ? (
        <p class="tre-help">{t('saved_none')}</p>
      ) : (
        <>
          <p class="tre-saved-count">{format(t('saved_count'), { n: sorted.length })}</p>
          <ul class="tre-saved-list">
            {sorted.map((item) => (
              <SavedItem
                key={item.termId}
                item={item}
                lang={lang}
                t={t}
                onOpenTerm={onOpenTerm}
                onUnsave={async (id, name) => {
                  await onUnsave(id);
                  setAnnouncement(format(t('saved_unsaved'), { name }));
                }}
                onSaveNote={onSaveNote}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type ItemProps = Omit<Props, 'items' | 'onUnsave'> & {
  item: SavedTermView;
  onUnsave: (termId: string, name: string) => Promise<void>;
};

type NoteState = 'idle' | 'saving' | 'saved' | 'failed';

function SavedItem({ item, lang, t, onOpenTerm, onUnsave, onSaveNote }: ItemProps) {
  const name = item.term ? local(item.term.name, lang) : item.termId;
  const contexts = [...item.contexts].sort((a, b) => b.seenAt - a.seenAt);
  const [expanded, setExpanded] = useState(false);
  const [draft, setDraft] = useState(item.note);
  const [noteState, setNoteState] = useState<NoteState>('idle');
  /** The note as last stored: what a blur compares the draft with. */
  const stored = useRef(item.note);
  const [confirming, setConfirming] = useState(false);
  const [unsaveFailed, setUnsaveFailed] = useState(false);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const base = `tre-saved-${item.termId}`;

  // A note changed elsewhere (another panel, an import) replaces the draft unless the reader is editing it.
  useEffect(() => {
    if (document.activeElement !== noteBox.current && draft === stored.current) setDraft(item.note);
    stored.current = item.note;
  }, [item.note]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  /** The note being saved: a blur and a click on Save in the same moment save it once. */
  const inFlight = useRef<string | null>(null);
  const saveNote = async () => {
    const note = draft.slice(0, MAX_NOTE_LENGTH);
    if (note === stored.current || inFlight.current !== null) return;
    inFlight.current = note;
    setNoteState('saving');
    try {
      await onSaveNote(item.termId, note);
      stored.current = note;
      setNoteState('saved');
    } catch {
      setNoteState('failed');
    } finally {
      inFlight.current = null;
    }
  };

  const unsave = async () => {
    setUnsaveFailed(false);
    try {
      await onUnsave(item.termId, name);
    } catch {
      setUnsaveFailed(true);
      setConfirming(false);
    }
  };

  const [first, ...others] = contexts;
  return (
    <li class="tre-saved-item" data-term={item.termId}>
      <div class="tre-saved-head">
        <h3 class="tre-saved-name" id={`${base}-name`}>
          {item.term ? (
            <button type="button" class="tre-link-button" onClick={() => onOpenTerm(item.termId)}>{name}</button>
          ) : (
            <span>{name} <span class="tre-saved-gone">({t('saved_termGone')})</span></span>
          )}
        </h3>
        {item.term && <span class={`tre-type tre-type-${item.term.type}`}>{t(`type_${item.term.type}`)}</span>}
      </div>
      <p class="tre-saved-meta">{format(t('saved_savedOn'), { date: dayText(item.savedAt, lang) })}</p>
      {first ? (
        <ul class="tre-saved-contexts">
          <li><MeetingPlace context={first} lang={lang} t={t} heading={false} /></li>
          {expanded && others.map((c) => <li key={c.url}><MeetingPlace context={c} lang={lang} t={t} heading={false} /></li>)}
        </ul>
      ) : (
        <p class="tre-saved-meta">{t('saved_noContext')}</p>
      )}
      {others.length > 0 && (
        <button type="button" class="tre-link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('saved_fewerContexts') : format(t('saved_moreContexts'), { n: others.length })}
        </button>
      )}
      <div class="tre-note">
        <label for={`${base}-note`}>{t('saved_note')}</label>
        <textarea
          id={`${base}-note`}
          ref={noteBox}
          rows={2}
          aria-label={format(t('saved_noteFor'), { name })}
          maxLength={MAX_NOTE_LENGTH}
          value={draft}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            if (noteState !== 'saving') setNoteState('idle');
          }}
          onBlur={() => void saveNote()}
        />
        <div class="tre-note-row">
          <button type="button" class="tre-button" disabled={draft === stored.current || noteState === 'saving'} onClick={() => void saveNote()}>
            {t('saved_saveNote')}
          </button>
          <span>{format(t('saved_noteLength'), { n: draft.length, max: MAX_NOTE_LENGTH })}</span>
          <span class="tre-note-notice" role="status">
            {noteState === 'saved' ? t('saved_noteSaved') : noteState === 'failed' ? t('saved_noteFailed') : ''}
          </span>
        </div>
      </div>
      {confirming ? (
        <div class="tre-confirm" role="group" aria-labelledby={`${base}-confirm`}>
          <p id={`${base}-confirm`}>{format(t('saved_unsaveConfirm'), { name })}</p>
          <div class="tre-actions">
            <button type="button" class="tre-button tre-button-primary" onClick={() => void unsave()}>{t('saved_unsave')}</button>
            <button type="button" class="tre-button" ref={keepButton} onClick={() => setConfirming(false)}>{t('saved_unsaveKeep')}</button>
          </div>
        </div>
      ) : (
        <div class="tre-actions">
          <button type="button" class="tre-button" aria-label={format(t('saved_unsaveNamed'), { name })} onClick={() => setConfirming(true)}>
            {t('saved_unsave')}
          </button>
        </div>
      )}
      {unsaveFailed && <p class="tre-alert" role="alert">{format(t('saved_unsaveFailed'), { name })}</p>}
    </li>
  );
}
