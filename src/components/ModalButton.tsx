/**
 * A toolbar button that opens a Modal and returns focus to itself when the modal closes.
 * The content may be a function of `close`, for forms that finish by closing.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../state/useT';
import { Modal } from './Modal';

export interface ModalButtonProps {
  label: ReactNode;
  title: string;
  testId?: string;
  buttonTestId?: string;
  children: ReactNode | ((close: () => void) => ReactNode);
}

export function ModalButton({ label, title, testId, buttonTestId, children }: ModalButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus goes back to the button once the modal has closed.
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid={buttonTestId}
      >
        {label}
      </button>
      <Modal
        open={open}
        onClose={close}
        title={title}
        closeLabel={t('dialog.close')}
        {...(testId ? { testId } : {})}
      >
        {typeof children === 'function' ? children(close) : children}
      </Modal>
    </>
  );
}
