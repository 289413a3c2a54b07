/**
 * "Exportera": a toolbar button and a modal dialog that saves what is drawn now as a
 * picture (PNG at 1×/2×/4×, SVG; current view or a slide frame; optional caption), a
 * standalone offline HTML page of the view, or the network's data (CSV, GEXF 1.3 and 1.2,
 * GraphML). The formats are the registry in exporters.ts; for graph files one line says what
 * the file holds. Choices are kept while the page is open; pictures need the graph display.
 */
import { useMemo, useState } from 'react';
import { downloadBlob, downloadText } from '../../components/download';
import { ModalButton } from '../../components/ModalButton';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import {
  BACKGROUNDS,
  focusedNodeIds,
  imageSize,
  PNG_SCALES,
  SLIDE_PRESETS,
  type Background,
  type ImageExportOptions,
  type PngScale,
  type SlidePreset,
} from '../../graph-view/exportImage';
import type { Core } from '../../graph-view/GraphCanvas';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';
import { autoTitle, buildCaption } from './caption';
import {
  CSV_TABLES,
  describeGraphExport,
  exporterFor,
  EXPORTERS,
  NeedsPicture,
  StandaloneMissing,
  type CsvTable,
  type ExportFormat,
} from './exporters';
import { fetchStandalone } from './saveStandalone';

export { EXPORT_FORMATS, type ExportFormat } from './exporters';

/** The dialog's choices; kept while the page is open. */
interface ExportChoices {
  format: ExportFormat;
  scale: PngScale;
  background: Background;
  preset: SlidePreset;
  caption: boolean;
  csvTable: CsvTable;
  /** Slides: fade what is not in focus, or leave it out. */
  others: 'fade' | 'hide';
}

const DEFAULT_CHOICES: ExportChoices = {
  format: 'png',
  scale: 2,
  background: 'white',
  preset: 'none',
  caption: true,
  csvTable: 'nodes',
  others: 'fade',
};

/**
 * The Export button and dialog. `focusIds`: the nodes a slide frames (a comparison, routes
 * or neighbourhood view passes its own); omitted = the selection and its neighbourhood.
 */
export function ExportDialog({
  cy,
  model,
  focusIds,
}: {
  cy: Core | null;
  model: ViewModel;
  focusIds?: ReadonlySet<string> | null;
}) {
  const t = useT();
  const [choices, setChoices] = useState(DEFAULT_CHOICES);
  return (
    <ModalButton
      label={t('export.button')}
      title={t('export.title')}
      testId="export-dialog"
      buttonTestId="export-button"
    >
      {(close) => (
        <ExportForm
          cy={cy}
          model={model}
          focusIds={focusIds ?? null}
          choices={choices}
          onChange={(patch) => setChoices((c) => ({ ...c, ...patch }))}
          onDone={close}
        />
      )}
    </ModalButton>
  );
}

function ExportForm({
  cy,
  model,
  focusIds,
  choices,
  onChange,
  onDone,
}: {
  cy: Core | null;
  model: ViewModel;
  focusIds: ReadonlySet<string> | null;
  choices: ExportChoices;
  onChange: (patch: Partial<ExportChoices>) => void;
  onDone: () => void;
}) {
  const { data } = useDataset();
  const t = useT();
  const nav = useAppStore((s) => s.nav);
  const updateNav = useAppStore((s) => s.updateNav);
  const notify = useAppStore((s) => s.notify);
  const metrics = useAppStore((s) => s.metrics.result);
  const { format, scale, background, preset, csvTable } = choices;
  const withCaption = choices.caption;
  const setFormat = (v: ExportFormat) => onChange({ format: v });
  const setScale = (v: PngScale) => onChange({ scale: v });
  const setBackground = (v: Background) => onChange({ background: v });
  const setPreset = (v: SlidePreset) => onChange({ preset: v });
  const setWithCaption = (v: boolean) => onChange({ caption: v });
  const setCsvTable = (v: CsvTable) => onChange({ csvTable: v });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const live = cy && !cy.destroyed() && nav.display === 'graph' ? cy : null;
  const picture = exporterFor(format).needs === 'picture';
  const title = autoTitle(nav, data, t);
  // A slide draws the focused part in full and fades or leaves out the rest: count that.
  const shown = live && picture && preset !== 'none' ? (focusIds ?? focusedNodeIds(live)) : null;
  const caption = useMemo(
    () => buildCaption({ data, visible: model.visible, graph: model.graph, nav, t, shown }),
    [data, model, nav, t, shown],
  );
  const imageOptions: ImageExportOptions = {
    scale: format === 'svg' ? 1 : scale,
    background,
    preset,
    caption: withCaption ? caption : null,
    focus: { ids: focusIds, others: choices.others },
  };
  const size = live && picture ? imageSize(live, imageOptions) : null;

  const exporter = exporterFor(format);
  const holds =
    exporter.needs === 'data'
      ? describeGraphExport({ data, graph: model.graph, nav, t, metrics })
      : null;

  const run = async () => {
    const file = await exporter.run({
      data,
      graph: model.graph,
      visible: model.visible,
      positions: model.positions,
      nav,
      t,
      cy: live,
      metrics,
      title,
      image: imageOptions,
      csvTable,
      fetchStandalone,
    });
    if (typeof file.content === 'string') downloadText(file.fileName, file.content, file.mime);
    else downloadBlob(file.fileName, file.content);
    return file.fileName;
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await run();
      notify('info', t('export.saved', { file }));
      onDone();
    } catch (e) {
      if (e instanceof NeedsPicture) setError(t('export.noPicture'));
      else
        setError(
          e instanceof StandaloneMissing
            ? t('export.standaloneMissing')
            : t('export.failed', { reason: e instanceof Error ? e.message : String(e) }),
        );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('export.format')}</legend>
        <RadioGroup
          label={t('export.format')}
          variant="plain"
          className="choice-grid"
          itemClassName="choice"
          name="export-format"
          options={EXPORTERS.map((e) => ({ value: e.id, label: t(e.labelKey) }))}
          value={format}
          onChange={setFormat}
          describedBy="export-format-help"
          autoFocus
        />
        <p className="modal-help" id="export-format-help">
          {t(exporter.helpKey)}
        </p>
        {holds ? (
          <p className="modal-help" data-testid="export-holds">
            {holds}
          </p>
        ) : null}
      </fieldset>

      {picture ? (
        <>
          <Select
            label={t('export.preset')}
            className="modal-field"
            labelClassName="modal-label"
            id="export-preset"
            options={SLIDE_PRESETS.map((p) => ({ value: p, label: t(`export.preset.${p}`) }))}
            value={preset}
            onChange={setPreset}
          />
          {format === 'png' ? (
            <fieldset>
              <legend>{t('export.scale')}</legend>
              <RadioGroup
                label={t('export.scale')}
                variant="plain"
                className="choice-row"
                itemClassName="choice"
                name="export-scale"
                options={PNG_SCALES.map((s) => ({ value: s, label: `${s}×` }))}
                value={scale}
                onChange={setScale}
              />
            </fieldset>
          ) : null}
          {preset !== 'none' ? (
            <label className="choice">
              <input
                type="checkbox"
                checked={choices.others === 'hide'}
                onChange={(e) => onChange({ others: e.target.checked ? 'hide' : 'fade' })}
                data-testid="export-hide-others"
              />
              {t('export.hideOthers')}
            </label>
          ) : null}
          <fieldset>
            <legend>{t('export.background')}</legend>
            <RadioGroup
              label={t('export.background')}
              variant="plain"
              className="choice-row"
              itemClassName="choice"
              name="export-background"
              options={BACKGROUNDS.map((b) => ({ value: b, label: t(`export.background.${b}`) }))}
              value={background}
              onChange={setBackground}
            />
          </fieldset>
          <div className="modal-field">
            <label className="choice">
              <input
                type="checkbox"
                checked={withCaption}
                onChange={(e) => setWithCaption(e.target.checked)}
              />
              {t('export.captionToggle')}
            </label>
          </div>
        </>
      ) : null}

      {picture || format === 'html' ? (
        <div className="modal-field">
          <label className="modal-label" htmlFor="export-title">
            {t('export.titleField')}
          </label>
          <input
            id="export-title"
            type="text"
            maxLength={120}
            value={nav.title}
            placeholder={autoTitle({ ...nav, title: '' }, data, t)}
            onChange={(e) => updateNav({ title: e.target.value })}
          />
        </div>
      ) : null}

      {format === 'csv' ? (
        <fieldset>
          <legend>{t('export.csvTable')}</legend>
          <RadioGroup
            label={t('export.csvTable')}
            variant="plain"
            className="choice-row"
            itemClassName="choice"
            name="export-csv-table"
            options={CSV_TABLES.map((c) => ({ value: c, label: t(`export.csvTable.${c}`) }))}
            value={csvTable}
            onChange={setCsvTable}
          />
        </fieldset>
      ) : null}

      {picture && !live ? <p className="error">{t('export.noPicture')}</p> : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        {size ? (
          <span className="small muted" data-testid="export-size">
            {t('export.size', { width: size.width, height: size.height })}
          </span>
        ) : null}
        {busy ? (
          <span className="small muted" role="status">
            {t('export.busy')}
          </span>
        ) : null}
        <button type="submit" className="primary" disabled={busy || (picture && !live)}>
          {t('export.download')}
        </button>
      </div>
    </form>
  );
}
