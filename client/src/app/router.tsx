import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { RequireAuth } from '../features/auth/components/require-auth.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// Each page is its own chunk: Recharts and Leaflet load only when their page is opened.
const OverviewPage = lazy(() => import('../features/overview/overview-page.tsx'));
const MapPage = lazy(() => import('../features/map/map-page.tsx'));
const TrendsPage = lazy(() => import('../features/trends/trends-page.tsx'));
const RepeatsPage = lazy(() => import('../features/repeats/repeats-page.tsx'));
const BoardPage = lazy(() => import('../features/board/board-page.tsx'));
const BoardPrintPage = lazy(() => import('../features/board/board-print-page.tsx'));
const DataPage = lazy(() => import('../features/data/data-page.tsx'));
const TaskingPage = lazy(() => import('../features/tasking/tasking-page.tsx'));
const NewProblemPage = lazy(() => import('../features/tasking/new-problem-page.tsx'));
const ProblemPage = lazy(() => import('../features/tasking/problem-page.tsx'));
const RecordsPage = lazy(() => import('../features/records/records-page.tsx'));
const RecordPage = lazy(() => import('../features/records/record-page.tsx'));
const AgreementsPage = lazy(() => import('../features/sharing/agreements-page.tsx'));
const AuditPage = lazy(() => import('../features/audit/audit-page.tsx'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'map', element: <MapPage /> },
      { path: 'trends', element: <TrendsPage /> },
      { path: 'repeats', element: <RepeatsPage /> },
      { path: 'board', element: <BoardPage /> },
      { path: 'board/print', element: <BoardPrintPage /> },
      { path: 'data', element: <DataPage /> },
      { path: 'tasking', element: <TaskingPage /> },
      { path: 'tasking/new', element: <NewProblemPage /> },
      { path: 'tasking/:id', element: <ProblemPage /> },
      { path: 'records', element: <RecordsPage /> },
      { path: 'records/:id', element: <RecordPage /> },
      { path: 'agreements', element: <AgreementsPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
