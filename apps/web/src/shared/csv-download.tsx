import { Button, Notice } from '@bridge/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What a typed client call with `headers: { accept: 'text/csv' }, parseAs: 'blob'` gives back. */
export interface CsvResult {
  data?: Blob;
  response: Response;
}

/** The header's `filename="…"`, else the fallback (the server names the file with its timestamp). */
export function attachmentName(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
}

/** Hands the blob to the browser as a download under its own name. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * Downloads the CSV form of what the screen shows: the same route and filters as its JSON, asked
 * with `Accept: text/csv`, so the file always matches the screen. The server audits the export.
 */
export function CsvDownloadButton({
  download,
  label,
  fallbackName,
}: {
  download: () => Promise<CsvResult>;
  label?: string;
  fallbackName: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const onClick = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const { data, response } = await download();
      if (data) saveBlob(data, attachmentName(response, fallbackName));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : t('errors.unknown'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button busy={busy} onClick={() => void onClick()}>
        {label ?? t('export.csv')}
      </Button>
      {failure && (
        <Notice tone="error" title={t('export.failed')}>
          {failure}
        </Notice>
      )}
    </>
  );
}
