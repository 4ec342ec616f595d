import { VIDEO_SECONDS, VIDEO_SIZES, type VideoOptions, type VideoSize } from '../core/view/videoOptions';
import type { VideoTranslate } from './videoMessages';

/** Files the dialog may offer. */
export type VideoFile = 'mp4' | 'webm';

export interface VideoAsk {
  defaults: VideoOptions;
  /** The timeline's span: the dates' bounds. */
  span: { start: string; end: string };
  /** What this browser can encode (MP4 first when it can). */
  files: VideoFile[];
  /** Said above the form: a missing encoder, the static map. */
  notices: string[];
}

/**
 * The video export's dialog: the choices (size, length, dates, captions, file), then the progress with
 * the frame count and a cancel button, then the outcome. Not modal: the page stays usable while a
 * clip is made. `mount → { ask, progress, finish, destroy }`.
 */
export function mountVideoDialog(doc: Document, tr: VideoTranslate) {
  const dialog = doc.createElement('dialog');
  dialog.className = 'video-dialog';
  dialog.setAttribute('aria-labelledby', 'video-title');
  const h = doc.createElement('h2');
  h.id = 'video-title';
  h.textContent = tr('videoTitle');
  const body = doc.createElement('div');
  const status = doc.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'video-status';
  dialog.append(h, status, body);
  doc.body.append(dialog);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
    const e = doc.createElement(tag);
    e.textContent = text;
    return e;
  };
  const button = (text: string, action: string, run: () => void) => {
    const b = el('button', text);
    b.type = 'button';
    b.dataset.action = action;
    b.addEventListener('click', run);
    return b;
  };
  const field = (label: string, input: HTMLElement) => {
    const l = el('label', label);
    l.append(input);
    return l;
  };
  const select = (name: string, options: [string, string, boolean?][], value: string) => {
    const s = el('select');
    s.name = name;
    for (const [v, text, disabled] of options) {
      const o = el('option', text);
      o.value = v;
      o.disabled = disabled ?? false;
      s.append(o);
    }
    s.value = value;
    return s;
  };
  const date = (name: string, value: string, span: VideoAsk['span']) => {
    const i = el('input');
    Object.assign(i, { type: 'date', name, value, min: span.start, max: span.end, required: true });
    return i;
  };
  const open = () => {
    if (!dialog.open) dialog.show();
  };

  return {
    /** Shows the choices; resolves with them, or null when the dialog is closed. */
    ask(a: VideoAsk): Promise<VideoOptions | null> {
      body.replaceChildren();
      status.textContent = '';
      const d = a.defaults;
      const notices = a.notices.map((n) => el('p', n));
      for (const n of notices) n.className = 'notice';
      const help = el('p', tr('videoHelp'));
      const size = select(
        'size',
        (Object.keys(VIDEO_SIZES) as VideoSize[]).map((k) => [k, tr(`videoSize${k}`)]),
        d.size,
      );
      const seconds = select(
        'seconds',
        VIDEO_SECONDS.menu.map((n) => [String(n), tr('videoSeconds', { n })]),
        String(d.seconds),
      );
      const start = date('start', d.start, a.span);
      const end = date('end', d.end, a.span);
      const captions = el('input');
      Object.assign(captions, { type: 'checkbox', name: 'captions', checked: d.captions });
      const files: [VideoFile, string][] = [
        ['mp4', tr('videoMp4')],
        ['webm', tr('videoWebm')],
      ];
      const file = select(
        'format',
        files.map(([v, t]) => [v, t, !a.files.includes(v)]),
        a.files[0] ?? 'mp4',
      );
      const go = button(tr('videoStart'), 'start', () => {});
      go.disabled = a.files.length === 0;
      const form = el('form');
      form.append(
        help,
        field(tr('videoSize'), size),
        field(tr('videoLength'), seconds),
        field(tr('videoFrom'), start),
        field(tr('videoTo'), end),
        field(tr('videoFormat'), file),
      );
      const captionsLabel = field(tr('videoCaptions'), captions);
      captionsLabel.className = 'check';
      form.append(captionsLabel);
      const buttons = el('p');
      buttons.className = 'buttons';
      form.append(buttons);
      body.append(...notices, form);
      open();
      return new Promise((resolve) => {
        go.type = 'submit';
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          resolve({
            start: start.value,
            end: end.value,
            seconds: Number(seconds.value),
            size: size.value as VideoSize,
            format: file.value as VideoFile,
            captions: captions.checked,
          });
        });
        buttons.append(
          go,
          button(tr('videoClose'), 'close', () => {
            dialog.close();
            resolve(null);
          }),
        );
        go.focus();
      });
    },
    /** The frame count and a cancel button (made once, then updated). */
    progress(done: number, total: number, onCancel: () => void) {
      let bar = body.querySelector('progress');
      if (!bar) {
        bar = el('progress');
        const count = el('p');
        count.className = 'video-count';
        body.replaceChildren(bar, count, button(tr('videoCancel'), 'cancel', onCancel));
        status.textContent = '';
        open();
      }
      bar.max = total;
      bar.value = done;
      const count = body.querySelector('.video-count');
      if (count) count.textContent = tr('videoProgress', { i: done, n: total });
    },
    /** The outcome, and a close button. */
    finish(text: string, failed: boolean) {
      body.replaceChildren();
      status.textContent = text;
      status.setAttribute('role', failed ? 'alert' : 'status');
      const close = button(tr('videoClose'), 'close', () => dialog.close());
      body.append(close);
      open();
      close.focus();
    },
    destroy: () => dialog.remove(),
  };
}
