/** Short confirmations ("Saved") announced politely to screen readers and gone after a while. */
export interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'error';
}

const TOAST_MS = 5000;
let nextId = 1;

export const toasts = $state<Toast[]>([]);

export function showToast(text: string, tone: Toast['tone'] = 'success'): void {
  const toast = { id: nextId++, text, tone };
  toasts.push(toast);
  setTimeout(() => dismissToast(toast.id), TOAST_MS);
}

export function dismissToast(id: number): void {
  const index = toasts.findIndex((toast) => toast.id === id);
  if (index >= 0) toasts.splice(index, 1);
}
