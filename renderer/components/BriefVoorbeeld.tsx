import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Brief, BriefSectie } from '../../shared/domain/brief';

// The in-app preview, drawn from the same Brief model as the PDF.

function Sectie({ sectie }: { sectie: BriefSectie }) {
  return (
    <Box sx={{ mb: 2 }}>
      {sectie.kop && (
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
          {sectie.kop}
        </Typography>
      )}
      {sectie.alineas.map((alinea, index) => (
        <Typography key={index} sx={{ mb: 1, whiteSpace: 'pre-line' }}>
          {alinea}
        </Typography>
      ))}
      {sectie.lijst.map((rij) => (
        <Box key={rij.label} sx={{ mb: 1 }}>
          <Typography sx={{ fontWeight: 700 }}>{rij.label}</Typography>
          <Typography sx={{ pl: 2, whiteSpace: 'pre-line' }}>{rij.waarde}</Typography>
        </Box>
      ))}
    </Box>
  );
}

export function BriefVoorbeeld({ brief }: { brief: Brief }) {
  return (
    <Paper variant="outlined" component="article" aria-label={`Voorbeeld: ${brief.onderwerp}`} sx={{ p: 4, maxWidth: 800, bgcolor: '#fff' }}>
      <Box sx={{ mb: 3 }}>
        {brief.geadresseerde.map((regel) => (
          <Typography key={regel}>{regel}</Typography>
        ))}
      </Box>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 1, mb: 3 }}>
        {brief.referentie.map((r) => (
          <Box key={r.label}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {r.label}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {r.waarde}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography sx={{ fontWeight: 700, mb: 2 }}>Onderwerp: {brief.onderwerp}</Typography>
      <Typography sx={{ mb: 2 }}>{brief.aanhef}</Typography>
      {brief.secties.map((sectie, index) => (
        <Sectie key={index} sectie={sectie} />
      ))}
      <Typography>{brief.slot}</Typography>
      {brief.ondertekening.namens.map((regel) => (
        <Typography key={regel}>{regel}</Typography>
      ))}
      <Box sx={{ height: 64, borderBottom: '1px dashed', borderColor: 'divider', width: 240, mb: 1, display: 'flex', alignItems: 'flex-end' }}>
        <Typography variant="caption" color="text.secondary">
          ruimte voor de handtekening
        </Typography>
      </Box>
      <Typography>{brief.ondertekening.naam}</Typography>
      <Typography>{brief.ondertekening.functie}</Typography>
      {brief.ondertekening.mandaat && (
        <Typography variant="body2" color="text.secondary">
          {brief.ondertekening.mandaat}
        </Typography>
      )}
      {brief.bijlagen.map((bijlage) => (
        <Box key={bijlage.titel} sx={{ mt: 4, pt: 2, borderTop: '2px solid', borderColor: 'divider' }}>
          <Typography variant="h6" component="h3" gutterBottom>
            {bijlage.titel}
          </Typography>
          {bijlage.secties.map((sectie, index) => (
            <Sectie key={index} sectie={sectie} />
          ))}
        </Box>
      ))}
    </Paper>
  );
}
