/**
 * Ends the present task and goes on in a new one, so that a reader's input waiting in the meantime is
 * handled first: the browser runs input before the tasks it has queued, but never in the middle of one
 * (issue 16: the page's start, one task of 80–150 ms at 300 events, held a first key or tap that
 * long). A posted message, not a timer: a background tab's timers wait up to a second, its messages
 * do not; and queued tasks keep their order, where `scheduler.yield()` would go first.
 *
 * @example await nextTask(window); // what follows runs in a task of its own
 */
export function nextTask(win: Window & typeof globalThis): Promise<void> {
  return new Promise((resolve) => {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
