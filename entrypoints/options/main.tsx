import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { readSettings } from '../../lib/settings/store';
import '../../components/pages.css';

async function main(): Promise<void> {
  render(<OptionsApp settings={await readSettings()} />, document.getElementById('app')!);
}

void main();
