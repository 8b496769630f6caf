import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogChoice {
  readonly id: string;
  readonly label: string;
  readonly danger?: boolean;
}

interface ChoiceDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  choices: readonly DialogChoice[];
  cancelLabel: string;
  onChoose: (id: string) => void;
  onCancel: () => void;
}

/**
 * A modal with several actions (e.g. "replace" or "keep both") on the native <dialog>: the browser
 * traps focus, Escape cancels, and focus returns to the element that opened it.
 */
export function ChoiceDialog({ open, title, children, choices, cancelLabel, onChoose, onCancel }: ChoiceDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement;
      dialog.showModal();
      return () => {
        if (opener instanceof HTMLElement) opener.focus();
      };
    }
    if (!open && dialog.open) dialog.close();
    return undefined;
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        {choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className={choice.danger ? 'danger' : undefined}
            onClick={() => onChoose(choice.id)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
