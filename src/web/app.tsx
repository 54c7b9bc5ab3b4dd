import { Spin } from 'antd'
import { lazy, Suspense, type ReactNode } from 'react'
import { Navigate, Route, Routes } from 'react-router-dom'
import { AuthProvider, useAuth } from './auth/auth-context'
import { RequireAuth, RequirePage } from './auth/guards'
import { AppLayout } from './layout/app-layout'
import type { PageKey } from './layout/menu'
import { LoginPage } from './pages/auth/login-page'
import { EntityGuard } from './pages/entities/entity-guard'
import { NotFoundPage } from './pages/system/not-found-page'

// Pages load on first visit, so the login page does not wait for the tree, table and form code.
const HomePage = lazy(() => import('./pages/home/home-page').then((m) => ({ default: m.HomePage })))
const RegionsPage = lazy(() => import('./pages/regions/regions-page').then((m) => ({ default: m.RegionsPage })))
const UnitsPage = lazy(() => import('./pages/regions/units-page').then((m) => ({ default: m.UnitsPage })))
const AccountsPage = lazy(() => import('./pages/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })))
const RolesPage = lazy(() => import('./pages/roles/roles-page').then((m) => ({ default: m.RolesPage })))
const AuditPage = lazy(() => import('./pages/audit/audit-page').then((m) => ({ default: m.AuditPage })))
const PlansPage = lazy(() => import('./pages/work-plans/plans-page').then((m) => ({ default: m.PlansPage })))
const ReviewPage = lazy(() => import('./pages/work-plans/review/review-page').then((m) => ({ default: m.ReviewPage })))
const PlanPage = lazy(() => import('./pages/work-plans/plan/plan-page').then((m) => ({ default: m.PlanPage })))
const TaskPage = lazy(() => import('./pages/work-plans/task/task-page').then((m) => ({ default: m.TaskPage })))
const MyTasksPage = lazy(() => import('./pages/my-tasks/my-tasks-page').then((m) => ({ default: m.MyTasksPage })))
const NoticesPage = lazy(() => import('./pages/supervision/notices-page').then((m) => ({ default: m.NoticesPage })))
const NoticeDetailPage = lazy(() => import('./pages/supervision/notice-detail-page').then((m) => ({ default: m.NoticeDetailPage })))
const EntitiesPage = lazy(() => import('./pages/entities/entities-page').then((m) => ({ default: m.EntitiesPage })))
const EntityPage = lazy(() => import('./pages/entities/detail/entity-page').then((m) => ({ default: m.EntityPage })))
const ImportPage = lazy(() => import('./pages/entities/import/import-page').then((m) => ({ default: m.ImportPage })))
const InspectionPlanPage = lazy(() => import('./pages/inspections-plan/plan-page').then((m) => ({ default: m.InspectionPlanPage })))
const RiskRulesPage = lazy(() => import('./pages/entities/risk-rules/risk-rules-page').then((m) => ({ default: m.RiskRulesPage })))
const RatesPage = lazy(() => import('./pages/entities/self-inspection-rates-page').then((m) => ({ default: m.SelfInspectionRatesPage })))
const SelfInspectionPage = lazy(() => import('./pages/self-inspection/self-inspection-page').then((m) => ({ default: m.SelfInspectionPage })))
const DrawsPage = lazy(() => import('./pages/draws/draws-page').then((m) => ({ default: m.DrawsPage })))
const DrawPage = lazy(() => import('./pages/draws/draw-page').then((m) => ({ default: m.DrawPage })))
const RosterPage = lazy(() => import('./pages/draws/roster-page').then((m) => ({ default: m.RosterPage })))
const PublicDrawPage = lazy(() => import('./pages/public/draw-page').then((m) => ({ default: m.PublicDrawPage })))
const CasesPage = lazy(() => import('./pages/cases/cases-page').then((m) => ({ default: m.CasesPage })))
const CasePage = lazy(() => import('./pages/cases/case-page').then((m) => ({ default: m.CasePage })))
const TransfersPage = lazy(() => import('./pages/cases/transfers-page').then((m) => ({ default: m.TransfersPage })))
const SeriousViolationsPage = lazy(() => import('./pages/cases/serious-violations-page').then((m) => ({ default: m.SeriousViolationsPage })))
const PublicBlacklistPage = lazy(() => import('./pages/public/blacklist-page').then((m) => ({ default: m.PublicBlacklistPage })))
const PublicTestRequestsPage = lazy(() => import('./pages/public/test-requests-page').then((m) => ({ default: m.PublicTestRequestsPage })))
const TestRequestsPage = lazy(() => import('./pages/sampling/requests/test-requests-page').then((m) => ({ default: m.TestRequestsPage })))
const InspectionsPage = lazy(() => import('./pages/inspections/inspections-page').then((m) => ({ default: m.InspectionsPage })))
const InspectionFormPage = lazy(() => import('./pages/inspections/new/inspection-form-page').then((m) => ({ default: m.InspectionFormPage })))
const InspectionPage = lazy(() => import('./pages/inspections/inspection-page').then((m) => ({ default: m.InspectionPage })))
const RectificationsPage = lazy(() => import('./pages/inspections/rectifications-page').then((m) => ({ default: m.RectificationsPage })))
const PasswordPage = lazy(() => import('./pages/auth/password-page').then((m) => ({ default: m.PasswordPage })))
const SamplesPage = lazy(() => import('./pages/sampling/samples/samples-page').then((m) => ({ default: m.SamplesPage })))
const SampleFormPage = lazy(() => import('./pages/sampling/samples/new/sample-form-page').then((m) => ({ default: m.SampleFormPage })))
const SamplePage = lazy(() => import('./pages/sampling/samples/sample-page').then((m) => ({ default: m.SamplePage })))
const DisposalsPage = lazy(() => import('./pages/sampling/disposals/disposals-page').then((m) => ({ default: m.DisposalsPage })))
const DisposalPage = lazy(() => import('./pages/sampling/disposals/disposal-page').then((m) => ({ default: m.DisposalPage })))
const SamplingSettingsPage = lazy(() => import('./pages/sampling/settings/settings-page').then((m) => ({ default: m.SamplingSettingsPage })))
const IndicatorsPage = lazy(() => import('./pages/indicators/indicators-page').then((m) => ({ default: m.IndicatorsPage })))
const ReportsPage = lazy(() => import('./pages/reports/reports-page').then((m) => ({ default: m.ReportsPage })))
const SamplingPlansPage = lazy(() => import('./pages/sampling/plans/plans-page').then((m) => ({ default: m.SamplingPlansPage })))
const RapidTestsPage = lazy(() => import('./pages/sampling/rapid-tests/rapid-tests-page').then((m) => ({ default: m.RapidTestsPage })))
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })))
const ScreenPage = lazy(() => import('./pages/screen/screen-page').then((m) => ({ default: m.ScreenPage })))
const RapidTestFormPage = lazy(() => import('./pages/sampling/rapid-tests/rapid-test-form-page').then((m) => ({ default: m.RapidTestFormPage })))

const guarded = (page: PageKey, element: ReactNode) => <RequirePage page={page}>{element}</RequirePage>

function LoginRoute() {
  const { me } = useAuth()
  return me ? <Navigate to="/" replace /> : <LoginPage />
}

export function App() {
  return (
    <AuthProvider fallback={<Spin size="large" fullscreen tip="正在加载…" />}>
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        <Route path="/public/draws/:id" element={<Suspense fallback={<Spin fullscreen />}><PublicDrawPage /></Suspense>} />
        <Route path="/public/blacklist" element={<Suspense fallback={<Spin fullscreen />}><PublicBlacklistPage /></Suspense>} />
        <Route path="/public/test-requests" element={<Suspense fallback={<Spin fullscreen />}><PublicTestRequestsPage /></Suspense>} />
        {/* The big screen fills a wall display: outside the menu layout. */}
        <Route path="/screen" element={<RequireAuth>{guarded('dashboard', <Suspense fallback={<Spin fullscreen />}><ScreenPage /></Suspense>)}</RequireAuth>} />
        <Route element={<RequireAuth><AppLayout /></RequireAuth>}>
          <Route index element={<HomePage />} />
          <Route path="dashboard" element={guarded('dashboard', <DashboardPage />)} />
          <Route path="work-plans" element={guarded('work-plans', <PlansPage />)} />
          <Route path="work-plans/:id" element={guarded('work-plans', <PlanPage />)} />
          <Route path="work-plans/:id/review" element={guarded('work-plans', <ReviewPage />)} />
          <Route path="work-plans/:id/tasks/:taskId" element={guarded('work-plans', <TaskPage />)} />
          <Route path="my-tasks" element={guarded('my-tasks', <MyTasksPage />)} />
          <Route path="supervision" element={guarded('supervision', <NoticesPage />)} />
          <Route path="supervision/:id" element={guarded('supervision', <NoticeDetailPage />)} />
          <Route path="entities" element={<EntityGuard><EntitiesPage /></EntityGuard>} />
          <Route path="entities/import" element={guarded('entities', <ImportPage />)} />
          {/* 应检主体 is the yearly inspection plan (GET /api/inspections/plan), which superseded /api/entities/inspections-due. */}
          <Route path="entities/inspections-due" element={guarded('inspections-due', <InspectionPlanPage />)} />
          <Route path="entities/self-inspection-rates" element={guarded('self-inspection-rates', <RatesPage />)} />
          <Route path="entities/risk-rules" element={guarded('risk-rules', <RiskRulesPage />)} />
          <Route path="entities/:id" element={<EntityGuard><EntityPage /></EntityGuard>} />
          <Route path="self-inspection" element={guarded('self-inspection', <SelfInspectionPage />)} />
          <Route path="inspections" element={guarded('inspections', <InspectionsPage />)} />
          <Route path="inspections/new" element={guarded('inspections', <InspectionFormPage />)} />
          <Route path="inspections/:id" element={guarded('inspections', <InspectionPage />)} />
          <Route path="rectifications" element={guarded('rectifications', <RectificationsPage />)} />
          <Route path="sampling/requests" element={guarded('test-requests', <TestRequestsPage />)} />
          <Route path="sampling/samples" element={guarded('samples', <SamplesPage />)} />
          <Route path="sampling/samples/new" element={guarded('samples', <SampleFormPage />)} />
          <Route path="sampling/samples/:id" element={guarded('samples', <SamplePage />)} />
          <Route path="sampling/disposals" element={guarded('disposals', <DisposalsPage />)} />
          <Route path="sampling/disposals/:id" element={guarded('disposals', <DisposalPage />)} />
          <Route path="sampling/settings" element={guarded('sampling-settings', <SamplingSettingsPage />)} />
          <Route path="sampling/plans" element={guarded('sampling-plans', <SamplingPlansPage />)} />
          <Route path="sampling/rapid-tests" element={guarded('rapid-tests', <RapidTestsPage />)} />
          <Route path="sampling/rapid-tests/new" element={guarded('rapid-tests', <RapidTestFormPage />)} />
          <Route path="draws" element={guarded('draws', <DrawsPage />)} />
          <Route path="draws/roster" element={guarded('draws', <RosterPage />)} />
          <Route path="draws/:id" element={guarded('draws', <DrawPage />)} />
          <Route path="cases" element={guarded('cases', <CasesPage />)} />
          <Route path="cases/transfers" element={guarded('police-transfers', <TransfersPage />)} />
          <Route path="cases/serious-violations" element={guarded('serious-violations', <SeriousViolationsPage />)} />
          <Route path="cases/:id" element={guarded('cases', <CasePage />)} />
          <Route path="indicators" element={guarded('indicators', <IndicatorsPage />)} />
          <Route path="reports" element={guarded('reports', <ReportsPage />)} />
          <Route path="regions" element={guarded('regions', <RegionsPage />)} />
          <Route path="units" element={guarded('units', <UnitsPage />)} />
          <Route path="accounts" element={guarded('accounts', <AccountsPage />)} />
          <Route path="roles" element={guarded('roles', <RolesPage />)} />
          <Route path="audit" element={guarded('audit', <AuditPage />)} />
          <Route path="password" element={<PasswordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AuthProvider>
  )
}
