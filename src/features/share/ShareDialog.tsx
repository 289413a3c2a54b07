/**
 * "Dela": a toolbar button and a modal dialog with the link to the current view and a
 * ready <iframe> snippet of its embed mode (preset or custom size), an optional title for
 * both, and one-click copying with a visible "Kopierat".
 */
import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../components/clipboard';
import { ModalButton } from '../../components/ModalButton';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { EMBED_SIZES, iframeSnippet, viewUrl } from './shareLinks';

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

  const link = viewUrl(window.location.href, nav, 'explore');
  const embedUrl = viewUrl(window.location.href, nav, 'embed');
  const size = preset === 'custom' ? custom : (EMBED_SIZES[preset] ?? EMBED_SIZES[0]);
  const iframeTitle = nav.title ? `${nav.title} – ${t('app.title')}` : t('app.title');
  const snippet = iframeSnippet(embedUrl, size.width, size.height, iframeTitle);

  return (
    <div>
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
        <div className="choice-row" role="radiogroup" aria-label={t('share.size')}>
          {EMBED_SIZES.map((s, i) => (
            <label key={`${s.width}x${s.height}`} className="choice">
              <input
                type="radio"
                name="share-size"
                checked={preset === i}
                onChange={() => setPreset(i)}
              />
              {s.width} × {s.height}
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name="share-size"
              checked={preset === 'custom'}
              onChange={() => setPreset('custom')}
            />
            {t('share.size.custom')}
          </label>
        </div>
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
