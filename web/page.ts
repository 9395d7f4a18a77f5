/** Script of the document and bulletin pages: citation bar, “/” to search, offline cache. */
import { startDocumentView } from './document-view.ts';
import { bindSearchKey } from './keys.ts';
import { bindOfflineSave, registerOffline } from './offline.ts';
import { showValidity } from './validity-view.ts';

// Marks the page as scripted: the selection is then drawn by the script (.sel), which can clear it.
document.documentElement.classList.add('js');
const root = document.body.dataset.root ?? '';
bindSearchKey();
showValidity();
if (document.body.classList.contains('view-document')) startDocumentView();
bindOfflineSave(root);
registerOffline(root);
