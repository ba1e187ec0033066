import type { Translate } from '../lib/i18n/i18n';
import type { Settings } from '../lib/settings/schema';

type Props = { settings: Settings; t: Translate; dark: boolean };

/**
 * A sample sentence marked the way pages will be, with the very classes of the marking fallback
 * (entrypoints/content/highlight.css, loaded by the options page): a first mention of two terms and a later one.
 * Changes with every choice at once.
 */
export function MarkPreview({ settings, t, dark }: Props) {
  const on = settings.enabled;
  const mark = (text: string, first: boolean) => {
    if (!on) return text;
    const classes = ['tre-mark'];
    if (settings.highlightStyle === 'underline') classes.push('tre-mark-underline');
    if (!first && settings.mentionMarking === 'first') classes.push('tre-mark-light');
    if (dark) classes.push('tre-mark-on-dark');
    return <mark class={classes.join(' ')}>{text}</mark>;
  };
  return (
    <figure class="tre-preview">
      <figcaption>{t('options_preview')}</figcaption>
      <p class={`tre-preview-page${dark ? ' tre-preview-dark' : ''}`} aria-label={t('options_previewLabel')} role="group">
        {t('options_previewBefore')}{mark(t('options_previewFirst'), true)}{t('options_previewMiddle')}
        {mark(t('options_previewSecond'), true)}{t('options_previewAfter')}{mark(t('options_previewAgain'), false)}
        {t('options_previewEnd')}
      </p>
      {!on && <p class="tre-help">{t('options_previewOff')}</p>}
    </figure>
  );
}
