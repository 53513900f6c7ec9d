import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { koers } from '../../api/koers';
import { FoutMelding } from '../../components/Laden';

/** The channels that save a list as XLSX (no input; the save dialog chooses the place). */
export type ExportKanaal = 'inburgeraarsExporteren' | 'pvtWerklijstExporteren';

/** "Exporteren naar Excel": the whole list, with Dutch headers and real date cells. */
export function ExporterenKnop({ kanaal, label = 'Exporteren naar Excel' }: { kanaal: ExportKanaal; label?: string }) {
  const exporteren = useMutation({ mutationFn: () => koers(kanaal, {}) });
  return (
    <>
      <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={() => exporteren.mutate()} loading={exporteren.isPending}>
        {label}
      </Button>
      {exporteren.data?.opgeslagen && (
        <Typography role="status" variant="body2" color="text.secondary">
          Opgeslagen als {exporteren.data.bestandsnaam}
        </Typography>
      )}
      {exporteren.isError && <FoutMelding fout={exporteren.error} />}
    </>
  );
}
