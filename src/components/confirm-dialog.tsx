import type { ReactNode } from 'react';
import { ChoiceDialog } from './choice-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation of one (destructive) action: a ChoiceDialog with a single choice. */
export function ConfirmDialog({ confirmLabel, onConfirm, ...rest }: ConfirmDialogProps) {
  return (
    <ChoiceDialog
      {...rest}
      choices={[{ id: 'confirm', label: confirmLabel, danger: true }]}
      onChoose={() => onConfirm()}
    />
  );
}
