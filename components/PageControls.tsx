import type { JSX } from 'preact';
import { format, type Translate } from '../lib/i18n/i18n';
import type { TabStatus } from '../lib/messaging/protocol';

type Props = {
  /** What the current tab's page said about itself; null where Tre does not run (browser pages, the store). */
  status: TabStatus | null;
  enabled: boolean;
  siteOn: boolean;
  t: Translate;
  onSiteChange: (on: boolean) => void;
  onGlobalChange: (on: boolean) => void;
};

/** Above the lookup: how many terms the tab mentions, and the two switches. Pure: props in, DOM out. */
export function PageControls({ status, enabled, siteOn, t, onSiteChange, onGlobalChange }: Props) {
  const site = status?.site ?? null;
  return (
    <section class="tre-page-controls">
      <p class="tre-page-count" data-count={status?.terms ?? ''}>
        {!status
          ? t('page_unavailable')
          : status.terms === null
            ? null
            : status.terms > 0
              ? format(t('page_termCount'), { n: status.terms })
              : t('page_termCountNone')}
      </p>
      {site && (
        <Switch
          id="tre-site-switch"
          label={format(t('page_siteSwitch'), { site })}
          checked={siteOn}
          disabled={!enabled}
          onChange={onSiteChange}
        />
      )}
      <Switch id="tre-global-switch" label={t('page_globalSwitch')} checked={enabled} onChange={onGlobalChange} />
    </section>
  );
}

type SwitchProps = { id: string; label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void };

/** A checkbox with the switch role: screen readers say "on/off", keyboards toggle it with Space. */
export function Switch({ id, label, checked, disabled = false, onChange }: SwitchProps): JSX.Element {
  return (
    <label class="tre-switch" for={id}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
