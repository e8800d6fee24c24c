/** Unit tests draw any screen: every English interface message is loaded first (src/l10n). */
import { allMessages, setLanguage } from '../../src/l10n/index.ts';

await setLanguage('en');
await allMessages();
