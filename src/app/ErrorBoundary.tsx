/** Catches render errors in a region so one broken panel never blanks the whole app. */
import { Component, type ReactNode } from 'react';
import { useT } from '../state/useT';

interface Props {
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(error);
  }

  override render() {
    if (this.state.error)
      return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}

/** The fallback shown in place of a panel that failed to render. */
export function PanelError({ reset }: { reset: () => void }) {
  const t = useT();
  return (
    <div className="panel-error" role="alert">
      <p>{t('app.crashed')}</p>
      <button type="button" onClick={reset}>
        {t('app.reload')}
      </button>
    </div>
  );
}
