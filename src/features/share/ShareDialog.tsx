/**
 * "Dela": a toolbar button and a modal dialog with the link to the current view and a
 * ready <iframe> snippet of its embed mode (preset or custom size), an optional title for
 * both, and one-click copying with a visible "Kopierat". Links use the build's public
 * address (VITE_PUBLIC_URL) when set; when they would point at this machine (localhost or a
 * file) the dialog says so plainly and offers the standalone HTML file instead.
 */
import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../components/clipboard';
import { ModalButton } from '../../components/ModalButton';
import { RadioGroup } from '../../components/RadioGroup';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { autoTitle } from '../export/caption';
import { StandaloneMissing } from '../export/exporters';
import { saveStandalone } from '../export/saveStandalone';
import { shareBase, type ShareBase } from './publicAddress';
import { EMBED_SIZES, iframeSnippet, viewUrl } from './shareLinks';
import './share.css';

export function ShareDialog() {
  const t = useT();
  return (
    <ModalButton
      label={t('share.button')}
      title={t('share.title')}
      testId="share-dialog"
      buttonTestId="share-button"
    >
      <ShareForm />
    </ModalButton>
  );
}

type Copied = 'link' | 'embed' | 'failed' | null;

function CopyButton({
  label,
  text,
  which,
  copied,
  onCopied,
}: {
  label: string;
  text: string;
  which: 'link' | 'embed';
  copied: Copied;
  onCopied: (c: Copied) => void;
}) {
  const t = useT();
  const ref = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={ref}
        type="button"
        onClick={() => {
          const container = ref.current?.closest('dialog') ?? document.body;
          void copyText(text, container).then((ok) => onCopied(ok ? which : 'failed'));
        }}
      >
        {label}
      </button>
      <span className="copied" role="status">
        {copied === which ? t('share.copied') : ''}
      </span>
    </>
  );
}

function ShareForm() {
  const t = useT();
  const nav = useAppStore((s) => s.nav);
  const updateNav = useAppStore((s) => s.updateNav);
  const [preset, setPreset] = useState<number | 'custom'>(0);
  const [custom, setCustom] = useState({ width: 960, height: 540 });
  const [copied, setCopied] = useState<Copied>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const base = shareBase(window.location.href, import.meta.env.VITE_PUBLIC_URL);
  const link = viewUrl(base.href, nav, 'explore');
  const embedUrl = viewUrl(base.href, nav, 'embed');
  const size = preset === 'custom' ? custom : (EMBED_SIZES[preset] ?? EMBED_SIZES[0]);
  const iframeTitle = nav.title ? `${nav.title} – ${t('app.title')}` : t('app.title');
  const snippet = iframeSnippet(embedUrl, size.width, size.height, iframeTitle);

  return (
    <div>
      <ReachNotice base={base} />
      <div className="modal-field">
        <label className="modal-label" htmlFor="share-title">
          {t('share.titleField')}
        </label>
        <input
          id="share-title"
          type="text"
          maxLength={120}
          value={nav.title}
          placeholder={t('app.title')}
          onChange={(e) => updateNav({ title: e.target.value })}
          aria-describedby="share-title-help"
        />
        <p className="modal-help" id="share-title-help">
          {t('share.titleField.help')}
        </p>
      </div>

      <div className="modal-field">
        <label className="modal-label" htmlFor="share-link">
          {t('share.link')}
        </label>
        <div className="copy-row">
          <input
            id="share-link"
            type="url"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            aria-describedby="share-link-help"
            data-autofocus
          />
          <CopyButton
            label={t('share.copyLink')}
            text={link}
            which="link"
            copied={copied}
            onCopied={setCopied}
          />
        </div>
        <p className="modal-help" id="share-link-help">
          {t('share.link.help')}
        </p>
      </div>

      <fieldset>
        <legend>{t('share.embed')}</legend>
        <RadioGroup<number | 'custom'>
          label={t('share.size')}
          name="share-size"
          variant="plain"
          className="choice-row"
          itemClassName="choice"
          options={[
            ...EMBED_SIZES.map((s, i) => ({ value: i, label: `${s.width} × ${s.height}` })),
            { value: 'custom' as const, label: t('share.size.custom') },
          ]}
          value={preset}
          onChange={setPreset}
        />
        {preset === 'custom' ? (
          <div className="choice-row" style={{ marginTop: '0.4rem' }}>
            <label className="choice">
              {t('share.width')}
              <input
                type="number"
                min={120}
                max={4000}
                value={custom.width}
                onChange={(e) => setCustom({ ...custom, width: Number(e.target.value) })}
              />
            </label>
            <label className="choice">
              {t('share.height')}
              <input
                type="number"
                min={120}
                max={4000}
                value={custom.height}
                onChange={(e) => setCustom({ ...custom, height: Number(e.target.value) })}
              />
            </label>
          </div>
        ) : null}
        <div className="copy-row" style={{ marginTop: '0.5rem' }}>
          <textarea
            readOnly
            rows={5}
            value={snippet}
            aria-label={t('share.embed')}
            aria-describedby="share-embed-help"
            onFocus={(e) => e.target.select()}
            data-testid="embed-snippet"
          />
          <CopyButton
            label={t('share.copyEmbed')}
            text={snippet}
            which="embed"
            copied={copied}
            onCopied={setCopied}
          />
        </div>
        <p className="modal-help" id="share-embed-help">
          {t('share.embed.help')}
        </p>
      </fieldset>
      {copied === 'failed' ? (
        <p className="error" role="alert">
          {t('share.copyFailed')}
        </p>
      ) : null}
    </div>
  );
}

/** The plain warning when links would point at this machine, with the standalone file. */
function ReachNotice({ base }: { base: ShareBase }) {
  const t = useT();
  const { data } = useDataset();
  const nav = useAppStore((s) => s.nav);
  const [status, setStatus] = useState<string | null>(null);
  if (base.configured && !base.unreachable) {
    return <p className="modal-help">{t('share.configured', { url: base.href })}</p>;
  }
  if (!base.unreachable) return null;
  const save = () => {
    setStatus(null);
    void saveStandalone(nav, autoTitle(nav, data, t), t('app.title')).then(
      (file) => setStatus(t('export.saved', { file })),
      (e: unknown) =>
        setStatus(e instanceof StandaloneMissing ? t('export.standaloneMissing') : String(e)),
    );
  };
  return (
    <div className="share-warning" role="note" data-testid="share-local-warning">
      <p>
        <strong>{t('share.local.title')}</strong>
      </p>
      <p>{t(base.unreachable === 'file' ? 'share.local.file' : 'share.local.host')}</p>
      {import.meta.env.VITE_STANDALONE ? null : (
        <button type="button" onClick={save}>
          {t('share.local.standalone')}
        </button>
      )}
      <span role="status">{status ?? ''}</span>
    </div>
  );
}
