/** Table downloads for features: the implementation lives in components/saveTable. */
export { saveTable, TABLE_FORMATS, type TableFormat } from '../../components/saveTable';
