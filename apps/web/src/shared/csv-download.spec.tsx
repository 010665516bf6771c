import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CsvDownloadButton, attachmentName } from './csv-download';

describe('CSV download', () => {
  it('takes the file name the server gives', () => {
    const response = new Response('', {
      headers: { 'content-disposition': 'attachment; filename="funnel-20261208-010203Z.csv"' },
    });
    expect(attachmentName(response, 'funnel.csv')).toBe('funnel-20261208-010203Z.csv');
    expect(attachmentName(new Response(''), 'funnel.csv')).toBe('funnel.csv');
  });

  it('saves the blob under that name', async () => {
    const createObjectURL = vi.fn(() => 'blob:csv');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const blob = new Blob(['a,b\r\n'], { type: 'text/csv' });
    render(
      <CsvDownloadButton
        fallbackName="queue.csv"
        download={async () => ({
          data: blob,
          response: new Response('', {
            headers: { 'content-disposition': 'attachment; filename="q-1.csv"' },
          }),
        })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download als CSV' }));
    await waitFor(() => expect(clicked).toEqual(['q-1.csv']));
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:csv');
    click.mockRestore();
  });

  it('says so when the download fails', async () => {
    render(
      <CsvDownloadButton
        fallbackName="queue.csv"
        download={() => Promise.reject(new Error('Te veel rijen: verfijn de filters'))}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download als CSV' }));
    expect(await screen.findByText('Te veel rijen: verfijn de filters')).toBeTruthy();
  });
});
