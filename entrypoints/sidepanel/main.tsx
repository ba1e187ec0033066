import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { loadGlossary, loadSearchIndex } from '../../lib/glossary/packaged';
import { GlossarySearch } from '../../lib/glossary/search';
import { panelTargetSchema, type PanelTarget } from '../../lib/messaging/protocol';
import { takePendingPanelTarget } from '../../lib/messaging/side-panel';
import { readSettings } from '../../lib/settings/store';
import { normalizeSidepanelState, readSidepanelState } from '../../lib/timeline/view-state';
import * as v from 'valibot';
import '../../components/popover.css';
import '../../components/pages.css';
import '../../components/sidepanel.css';
import '../../components/review.css';

// sidepanel.html: Chrome's side panel, Firefox's sidebar, or a tab where a browser refused to open either.
// ?term=ID opens it at that term, ?q= searching the timeline, ?tab= about that tab's page (the contract other
// surfaces and the tests use); otherwise a target left by the surface that opened it.
/** When this script began to run: the browser's own start of the page (process, HTML, scripts) comes before. */
const scriptStart = performance.now();

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const fromUrl = v.safeParse(panelTargetSchema, {
    ...(params.get('term') ? { term: params.get('term') } : {}),
    ...(params.get('q') ? { query: params.get('q') } : {}),
  });
  // Everything the first draw needs, asked for at once: the data files and three storage reads.
  const [pending, glossary, searchIndex, settings, stored] = await Promise.all([
    takePendingPanelTarget().catch(() => null), loadGlossary(), loadSearchIndex(), readSettings(), readSidepanelState(),
  ]);
  const target: PanelTarget | null = fromUrl.success && (fromUrl.output.term || fromUrl.output.query) ? fromUrl.output : pending;
  const tabParam = Number(params.get('tab'));
  // A remembered era the data no longer has would filter the timeline down to nothing.
  const state = normalizeSidepanelState(stored, { eras: glossary.eras.map((e) => e.id) });
  render(
    <SidePanelApp
      glossary={glossary}
      search={new GlossarySearch(searchIndex)}
      settings={settings}
      initialState={state}
      initialTarget={target}
      initialTab={Number.isInteger(tabParam) && tabParam > 0 ? tabParam : null}
    />,
    document.getElementById('app')!,
  );
  // For `npm run bench`: from the page's start, and from this script's, to the panel on screen and answering
  // input: the frame after the first draw, so the browser's layout and paint of it count too.
  requestAnimationFrame(() => setTimeout(() => {
    const end = performance.now();
    performance.measure('tre:panel-interactive', { start: 0, end });
    performance.measure('tre:panel-script', { start: scriptStart, end });
  }, 0));
}

void main();
