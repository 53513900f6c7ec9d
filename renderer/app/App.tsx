import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/nl';
import { HashRouter, Route, Routes } from 'react-router';
import { Home } from '../features/home/Home';
import { DuoMeldingen } from '../features/duo/DuoMeldingen';
import { Importeren } from '../features/importeren/Importeren';
import { Agenda } from '../features/journaal/Agenda';
import { Dossier } from '../features/inburgeraars/Dossier';
import { InburgeraarsLijst } from '../features/inburgeraars/InburgeraarsLijst';
import { NieuweInburgeraar } from '../features/inburgeraars/NieuweInburgeraar';
import { Instellingen } from '../features/instellingen/Instellingen';
import { Beheer } from '../features/beheer/Beheer';
import { Budget } from '../features/budget/Budget';
import { Jaarverslag } from '../features/jaarverslag/Jaarverslag';
import { GroepPagina } from '../features/pvt/GroepPagina';
import { PvtOverzicht } from '../features/pvt/PvtOverzicht';
import { Indeling } from './Indeling';
import { KluisPoort } from './KluisPoort';
import { theme } from './theme';

const queryClient = new QueryClient({
  // Local data: refetching on mount costs little and keeps every screen current.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="nl">
          <HashRouter>
            <KluisPoort>
              <Indeling>
                <Routes>
                  <Route path="/" element={<Home />} />
                  <Route path="/inburgeraars" element={<InburgeraarsLijst />} />
                  <Route path="/inburgeraars/nieuw" element={<NieuweInburgeraar />} />
                  <Route path="/inburgeraars/:id" element={<Dossier />} />
                  <Route path="/pvt" element={<PvtOverzicht />} />
                  <Route path="/pvt/groepen/:id" element={<GroepPagina />} />
                  <Route path="/agenda" element={<Agenda />} />
                  <Route path="/duo" element={<DuoMeldingen />} />
                  <Route path="/importeren" element={<Importeren />} />
                  <Route path="/jaarverslag" element={<Jaarverslag />} />
                  <Route path="/budget" element={<Budget />} />
                  <Route path="/beheer" element={<Beheer />} />
                  <Route path="/instellingen" element={<Instellingen />} />
                </Routes>
              </Indeling>
            </KluisPoort>
          </HashRouter>
        </LocalizationProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
