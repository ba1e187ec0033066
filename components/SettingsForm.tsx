import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { TERM_TYPES } from '../lib/glossary/schema';
import { format, type Translate } from '../lib/i18n/i18n';
import {
  HIGHLIGHT_STYLES, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, MENTION_MARKINGS, NEW_CARDS_PER_DAY_MAX, NEW_CARDS_PER_DAY_MIN,
  TARGET_RETENTION_MAX, TARGET_RETENTION_MIN, THEMES, UI_LANGUAGES, type Settings,
} from '../lib/settings/schema';
import { Switch } from './PageControls';

type Props = {
  settings: Settings;
  t: Translate;
  onChange: (change: Partial<Settings>) => void;
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
export function SettingsForm({ settings, t, onChange }: Props) {
  return (
    <form class="tre-settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('options_highlighting')}</legend>
        <Switch id="opt-enabled" label={t('options_enabled')} checked={settings.enabled} onChange={(enabled) => onChange({ enabled })} />
        <Radios
          name="highlightStyle"
          legend={t('options_style')}
          options={HIGHLIGHT_STYLES.map((v) => [v, t(label.style[v])])}
          value={settings.highlightStyle}
          onChange={(highlightStyle) => onChange({ highlightStyle })}
        />
        <Radios
          name="mentionMarking"
          legend={t('options_marking')}
          options={MENTION_MARKINGS.map((v) => [v, t(label.marking[v])])}
          value={settings.mentionMarking}
          onChange={(mentionMarking) => onChange({ mentionMarking })}
        />
        <Switch
          id="opt-mark-everywhere"
          label={t('options_markEverywhere')}
          checked={settings.markEverywhere}
          onChange={(markEverywhere) => onChange({ markEverywhere })}
        />
        <p class="tre-help">{t('options_markEverywhereHelp')}</p>
        <fieldset>
          <legend>{t('options_types')}</legend>
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
        <div class="tre-field">
          <label for="opt-hover-delay">{t('options_hoverDelay')}</label>
          <input
            id="opt-hover-delay"
            type="number"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={settings.hoverDelayMs}
            aria-describedby="opt-hover-delay-help"
            onChange={(e) => {
              const n = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(n)) onChange({ hoverDelayMs: Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, n)) });
            }}
          />
          <p id="opt-hover-delay-help" class="tre-help">{t('options_hoverDelayHelp')}</p>
        </div>
        <fieldset>
          <legend>{t('options_disabledSites')}</legend>
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
        />
        <Switch
          id="opt-keep-query"
          label={t('options_keepUrlQuery')}
          checked={settings.keepUrlQuery}
          onChange={(keepUrlQuery) => onChange({ keepUrlQuery })}
        />
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
        />
        <Radios
          name="theme"
          legend={t('options_theme')}
          options={THEMES.map((v) => [v, t(label.theme[v])])}
          value={settings.theme}
          onChange={(theme) => onChange({ theme })}
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
};

function Radios<V extends string>({ name, legend, options, value, onChange }: RadiosProps<V>): JSX.Element {
  return (
    <fieldset>
      <legend>{legend}</legend>
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
};

/**
 * A whole number within bounds. An empty, fractional or out-of-range entry is never saved or silently
 * clamped: the field says what is allowed and keeps the last good value stored until the entry is fixed.
 */
function BoundedNumber({ id, label, help, invalid, min, max, value, onChange }: BoundedNumberProps): JSX.Element {
  // What the reader typed stays in the field, valid or not; the stored value shows again only once the field
  // holds it (or another context changes it).
  const [text, setText] = useState(String(value));
  const error = !isWhole(text, min, max);
  useEffect(() => {
    if (!isWhole(text, min, max) || Number(text) !== value) setText(String(value));
  }, [value]);
  return (
    <div class="tre-field">
      <label for={id}>{label}</label>
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
