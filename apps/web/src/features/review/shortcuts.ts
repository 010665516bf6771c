import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * Whether the review screen's single-key shortcuts are on. Kept in memory only (for this tab, until
 * a reload), shared by every review screen, and switchable on the screen itself (WCAG 2.1.4).
 */
let enabled = true;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setShortcutsEnabled(value: boolean) {
  enabled = value;
  listeners.forEach((listener) => listener());
}

export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => enabled,
    () => enabled,
  );
}

/** Controls where a typed letter is text, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    Boolean(
      target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'),
    )
  );
}

/**
 * Single-key shortcuts (`{ j: next, k: previous }`) on the whole document while they are switched on;
 * never while typing in a field, and never with Ctrl, Alt or Meta (the browser's and assistive
 * technology's own keys).
 */
export function useShortcuts(handlers: Readonly<Record<string, (() => void) | undefined>>) {
  const on = useShortcutsEnabled();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!on) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.repeat)
        return;
      if (isTyping(event.target)) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [on]);
}
