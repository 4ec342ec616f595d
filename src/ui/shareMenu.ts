import { headerMenu } from './headerMenu';
import type { Translate } from './messages';

export interface ShareActions {
  tr: Translate;
  /** The embed code for the current view. */
  snippet(): string;
  present(): void;
  exportPng(): void;
  exportCsv(): void;
  exportGeoJson(): void;
  exportVideo(): void;
}

/**
 * The "Share" disclosure: embed (a dialog with the code to copy), present, and the exports.
 * A native `<details>` and a modal `<dialog>`: keyboard, focus and Escape behave as the platform
 * does. `mount(el, props) → { destroy }`.
 */
export function mountShareMenu(el: HTMLElement, a: ShareActions) {
  const doc = el.ownerDocument;
  const menu = doc.createElement('details');
  menu.className = 'share';
  const summary = doc.createElement('summary');
  // On phones the header has room for an icon only: the word stays for screen readers.
  const icon = doc.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '⋯';
  const label = doc.createElement('span');
  label.className = 'label';
  label.textContent = a.tr('share');
  summary.append(icon, label);
  const panel = doc.createElement('div');
  panel.className = 'share-panel';
  const item = (label: string, action: string, run: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset.action = action;
    b.addEventListener('click', () => {
      menu.open = false;
      run();
    });
    panel.append(b);
  };

  const dialog = doc.createElement('dialog');
  dialog.className = 'embed-dialog';
  dialog.setAttribute('aria-labelledby', 'embed-title');
  const h = doc.createElement('h2');
  h.id = 'embed-title';
  h.textContent = a.tr('embedTitle');
  const help = doc.createElement('p');
  help.id = 'embed-help';
  help.textContent = a.tr('embedHelp');
  const code = doc.createElement('textarea');
  code.readOnly = true;
  code.rows = 6;
  code.setAttribute('aria-label', a.tr('embedCode'));
  code.setAttribute('aria-describedby', 'embed-help');
  const status = doc.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'copied';
  const copy = doc.createElement('button');
  copy.type = 'button';
  copy.textContent = a.tr('copy');
  copy.addEventListener('click', async () => {
    code.select();
    try {
      await doc.defaultView?.navigator.clipboard.writeText(code.value);
    } catch {
      // No clipboard permission (an iframe, an old browser): the text is selected for Ctrl+C.
      doc.execCommand?.('copy');
    }
    status.textContent = a.tr('copied');
  });
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = a.tr('close');
  close.addEventListener('click', () => dialog.close());
  const buttons = doc.createElement('p');
  buttons.className = 'buttons';
  buttons.append(copy, close);
  dialog.append(h, help, code, buttons, status);

  item(a.tr('embed'), 'embed', () => {
    code.value = a.snippet();
    status.textContent = '';
    dialog.showModal();
    code.focus();
    code.select();
  });
  item(a.tr('present'), 'present', a.present);
  item(a.tr('exportPng'), 'png', a.exportPng);
  item(a.tr('exportCsv'), 'csv', a.exportCsv);
  item(a.tr('exportGeojson'), 'geojson', a.exportGeoJson);
  item(a.tr('exportVideo'), 'video', a.exportVideo);
  menu.append(summary, panel);
  el.append(menu);
  const unmenu = headerMenu(menu);
  doc.body.append(dialog);
  return {
    destroy() {
      unmenu();
      menu.remove();
      dialog.remove();
    },
  };
}
