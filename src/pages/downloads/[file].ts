import { chartDownload, chartDownloadPaths } from '../../site/chart-downloads.ts';

export const getStaticPaths = ({ site }: { site?: URL }) => chartDownloadPaths('zh-CN', site, import.meta.env.BASE_URL);
export const GET = chartDownload;
