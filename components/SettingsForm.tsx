import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { TERM_TYPES } from '../lib/glossary/schema';
import { format, type Translate } from '../lib/i18n/i18n';
import {
  HIGHLIGHT_STYLES, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, MENTION_MARKINGS, NEW_CARDS_PER_DAY_MAX, NEW_CARDS_PER_DAY_MIN,
  TARGET_RETENTION_MAX, TARGET_RETENTION_MIN, THEMES, UI_LANGUAGES, DEFAULT_SETTINGS, type Settings,
} from '../lib/settings/schema';
import { Switch } from './PageControls';

type Props = {
  settings: Settings;
  t: Translate;
  onChange: (change: Partial<Settings>) => void;
  /** The setting saved last: its "Saved" notice shows beside it. */
  savedField?: keyof Settings | null;
  /** Shown right under the marking choices (the live preview). */
  preview?: JSX.Element;
  lang?: 'vi' | 'en';
};

/** The label of each setting, for the "Saved: …" announcement. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  enabled: 'options_enabled',
  disabledSites: 'options_disabledSites',
  highlightStyle: 'options_style',
  highlightTypes: 'options_types',
  mentionMarking: 'options_marking',
  markEverywhere: 'options_markEverywhere',
  hoverDelayMs: 'options_hoverDelay',
  uiLanguage: 'options_language',
  theme: 'options_theme',
  newCardsPerDay: 'options_newCardsPerDay',
  targetRetention: 'options_targetRetention',
  keepUrlQuery: 'options_keepUrlQuery',
};

const label = {
  style: { background: 'options_styleBackground', underline: 'options_styleUnderline' },
  marking: { every: 'options_markingEvery', first: 'options_markingFirst' },
  language: { auto: 'options_languageAuto', vi: 'options_languageVi', en: 'options_languageEn' },
  theme: { auto: 'options_themeAuto', light: 'options_themeLight', dark: 'options_themeDark' },
} as const;

/**
 * Every setting as native form controls in labelled fieldsets (radio groups, checkboxes, a number field), so
 * the keyboard and screen readers work as they do everywhere. Pure: each change goes to onChange at once.
 */
export function SettingsForm({ settings, t, onChange, savedField = null, preview, lang = 'vi' }: Props) {
  // Seen, not announced: the page's one live region says it (OptionsApp), a notice per field would say it twice.
  const saved = (field: keyof Settings) =>
    savedField === field ? <span class="tre-saved-note" aria-hidden="true">✓ {t('options_savedField')}</span> : null;
  return (
    <form class="tre-settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('options_highlighting')}</legend>
        <div class="tre-row">
          <Switch id="opt-enabled" label={t('options_enabled')} checked={settings.enabled} onChange={(enabled) => onChange({ enabled })} />
          {saved('enabled')}
        </div>
        <Radios
          name="highlightStyle"
          legend={t('options_style')}
          options={HIGHLIGHT_STYLES.map((v) => [v, t(label.style[v])])}
          value={settings.highlightStyle}
          onChange={(highlightStyle) => onChange({ highlightStyle })}
          note={saved('highlightStyle')}
        />
        <Radios
          name="mentionMarking"
          legend={t('options_marking')}
          options={MENTION_MARKINGS.map((v) => [v, t(label.marking[v])])}
          value={settings.mentionMarking}
          onChange={(mentionMarking) => onChange({ mentionMarking })}
          note={saved('mentionMarking')}
        />
        {preview}
        <div class="tre-row">
          <Switch
            id="opt-mark-everywhere"
            label={t('options_markEverywhere')}
            checked={settings.markEverywhere}
            onChange={(markEverywhere) => onChange({ markEverywhere })}
          />
          {saved('markEverywhere')}
        </div>
        <p class="tre-help">{t('options_markEverywhereHelp')}</p>
        <fieldset>
          <legend>{t('options_types')}{saved('highlightTypes')}</legend>
          {TERM_TYPES.map((type) => (
            <label key={type} class="tre-choice">
              <input
                type="checkbox"
                name="highlightTypes"
                value={type}
                checked={settings.highlightTypes.includes(type)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const others = settings.highlightTypes.filter((x) => x !== type);
                  onChange({ highlightTypes: on ? [...others, type] : others });
                }}
              />
              <span>{t(`type_${type}`)}</span>
            </label>
          ))}
        </fieldset>
        <HoverDelay t={t} lang={lang} value={settings.hoverDelayMs} onChange={(hoverDelayMs) => onChange({ hoverDelayMs })} note={saved('hoverDelayMs')} />
        <fieldset>
          <legend>{t('options_disabledSites')}{saved('disabledSites')}</legend>
          {settings.disabledSites.length === 0 ? (
            <p class="tre-help">{t('options_disabledSitesNone')}</p>
          ) : (
            <ul class="tre-sites">
              {settings.disabledSites.map((site) => (
                <li key={site}>
                  <span>{site}</span>
                  <button type="button" onClick={() => onChange({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                    {format(t('options_enableSite'), { site })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t('options_study')}</legend>
        <BoundedNumber
          id="opt-new-cards"
          label={t('options_newCardsPerDay')}
          help={format(t('options_newCardsPerDayHelp'), { min: NEW_CARDS_PER_DAY_MIN, max: NEW_CARDS_PER_DAY_MAX })}
          invalid={format(t('options_outOfRange'), { min: NEW_CARDS_PER_DAY_MIN, max: NEW_CARDS_PER_DAY_MAX })}
          min={NEW_CARDS_PER_DAY_MIN}
          max={NEW_CARDS_PER_DAY_MAX}
          value={settings.newCardsPerDay}
          onChange={(newCardsPerDay) => onChange({ newCardsPerDay })}
          note={saved('newCardsPerDay')}
        />
        <BoundedNumber
          id="opt-retention"
          label={t('options_targetRetention')}
          help={t('options_targetRetentionHelp')}
          invalid={format(t('options_outOfRange'), { min: TARGET_RETENTION_MIN * 100, max: TARGET_RETENTION_MAX * 100 })}
          min={TARGET_RETENTION_MIN * 100}
          max={TARGET_RETENTION_MAX * 100}
          value={Math.round(settings.targetRetention * 100)}
          onChange={(percent) => onChange({ targetRetention: percent / 100 })}
          note={saved('targetRetention')}
        />
        <div class="tre-row">
          <Switch
            id="opt-keep-query"
            label={t('options_keepUrlQuery')}
            checked={settings.keepUrlQuery}
            onChange={(keepUrlQuery) => onChange({ keepUrlQuery })}
          />
          {saved('keepUrlQuery')}
        </div>
        <p class="tre-help">{t('options_keepUrlQueryHelp')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('options_appearance')}</legend>
        <Radios
          name="uiLanguage"
          legend={t('options_language')}
          options={UI_LANGUAGES.map((v) => [v, t(label.language[v])])}
          value={settings.uiLanguage}
          onChange={(uiLanguage) => onChange({ uiLanguage })}
          note={saved('uiLanguage')}
        />
        <Radios
          name="theme"
          legend={t('options_theme')}
          options={THEMES.map((v) => [v, t(label.theme[v])])}
          value={settings.theme}
          onChange={(theme) => onChange({ theme })}
          note={saved('theme')}
        />
      </fieldset>
    </form>
  );
}

type RadiosProps<V extends string> = {
  name: string;
  legend: string;
  options: [V, string][];
  value: V;
  onChange: (value: V) => void;
  note?: JSX.Element | null;
};

function Radios<V extends string>({ name, legend, options, value, onChange, note }: RadiosProps<V>): JSX.Element {
  return (
    <fieldset>
      <legend>{legend}{note}</legend>
      {options.map(([v, text]) => (
        <label key={v} class="tre-choice">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <span>{text}</span>
        </label>
      ))}
    </fieldset>
  );
}

type BoundedNumberProps = {
  id: string;
  label: string;
  help: string;
  /** Said, and nothing saved, while the field holds no whole number within the bounds. */
  invalid: string;
  min: number;
  max: number;
  value: number;
  onChange: (value: number) => void;
  note?: JSX.Element | null;
};

/**
 * A whole number within bounds. An empty, fractional or out-of-range entry is never saved or silently
 * clamped: the field says what is allowed and keeps the last good value stored until the entry is fixed.
 */
function BoundedNumber({ id, label, help, invalid, min, max, value, onChange, note }: BoundedNumberProps): JSX.Element {
  // What the reader typed stays in the field, valid or not; the stored value shows again only once the field
  // holds it (or another context changes it).
  const [text, setText] = useState(String(value));
  const error = !isWhole(text, min, max);
  useEffect(() => {
    if (!isWhole(text, min, max) || Number(text) !== value) setText(String(value));
  }, [value]);
  return (
    <div class="tre-field">
      <label for={id}>{label}{note}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={error}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        onInput={(e) => {
          const typed = e.currentTarget.value.trim();
          setText(typed);
          if (isWhole(typed, min, max) && Number(typed) !== value) onChange(Number(typed));
        }}
      />
      <p id={`${id}-help`} class="tre-help">{help}</p>
      {error && <p id={`${id}-error`} class="tre-field-error" role="alert">{invalid}</p>}
    </div>
  );
}

function isWhole(text: string, min: number, max: number): boolean {
  const n = Number(text);
  return text !== '' && Number.isInteger(n) && n >= min && n <= max;
}

type HoverDelayProps = { t: Translate; lang: 'vi' | 'en'; value: number; onChange: (ms: number) => void; note?: JSX.Element | null };

const HOVER_STEP_MS = 50;

/**
 * The hover delay as a slider in seconds, 0.1–2 s in steps of 0.05 s: it cannot hold an empty or out-of-range
 * value, so nothing invalid is ever saved, and the bounds are written under it. Saved when released (or on each
 * arrow key), not on every pixel of a drag.
 */
function HoverDelay({ t, lang, value, onChange, note }: HoverDelayProps): JSX.Element {
  const [ms, setMs] = useState(value);
  useEffect(() => setMs(value), [value]);
  const seconds = (n: number) => (n / 1000).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  const text = format(t('options_hoverDelayValue'), { s: seconds(ms) });
  return (
    <div class="tre-field">
      <label for="opt-hover-delay">{t('options_hoverDelay')}{note}</label>
      <div class="tre-slider">
        <input
          id="opt-hover-delay"
          type="range"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={HOVER_STEP_MS}
          value={ms}
          aria-valuetext={text}
          aria-describedby="opt-hover-delay-help"
          onInput={(e) => setMs(Number(e.currentTarget.value))}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isInteger(n) && n >= HOVER_DELAY_MIN_MS && n <= HOVER_DELAY_MAX_MS && n !== value) onChange(n);
          }}
        />
        <output for="opt-hover-delay">{text}</output>
      </div>
      <p id="opt-hover-delay-help" class="tre-help">
        {t('options_hoverDelayHelp')}{' '}
        {format(t('options_hoverDelayBounds'), { min: seconds(HOVER_DELAY_MIN_MS), max: seconds(HOVER_DELAY_MAX_MS), default: seconds(DEFAULT_SETTINGS.hoverDelayMs) })}
      </p>
    </div>
  );
}
