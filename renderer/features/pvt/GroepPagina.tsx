import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { TRAJECT_LABELS } from '../../../shared/domain/pvt';
import { onderscheidenNamen } from '../../../shared/rules/pvt';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { Aanwezigheid } from './Aanwezigheid';
import { Ceremonie } from './Ceremonie';
import { Sessies } from './Sessies';

export function GroepPagina() {
  const groepId = Number(useParams().id);
  const groep = useQuery({ queryKey: ['pvtGroep', groepId], queryFn: () => koers('pvtGroepOphalen', { groepId }) });
  if (groep.isPending) return <Laden />;
  if (groep.isError) return <FoutMelding fout={groep.error} />;
  // Equal names get the number the presentielijst shows, so a signature can be matched to the person.
  const g = { ...groep.data, deelnemers: onderscheidenNamen(groep.data.deelnemers) };
  return (
    <Stack spacing={3}>
      <div>
        <Link component={RouterLink} to="/pvt">
          ← PVT en MAP
        </Link>
        <Typography variant="h4" component="h1">
          Groep {g.groep.naam}
        </Typography>
        <Typography color="text.secondary">{TRAJECT_LABELS[g.groep.traject]}</Typography>
      </div>
      <Sessies groepId={groepId} traject={g.groep.traject} sessies={g.sessies} />
      <Aanwezigheid key={`${g.sessies.length}-${g.deelnemers.map((d) => d.inburgeraarId).join(',')}`} groep={g} />
      {/* The participatieverklaring is signed at the end of the PVT, not of the MAP. */}
      {g.groep.traject === 'pvt' && <Ceremonie groep={g} />}
    </Stack>
  );
}
