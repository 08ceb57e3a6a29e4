import type { Routes } from '@angular/router';
import { homeRedirect, roleGuard } from './auth/role.guard';
import { ModelerComponent } from './modeler/modeler.component';

/**
 * The designer is open to everyone for drafting (deploying needs a process owner); every other page
 * needs a session with the right platform role, and admins may open them all.
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', canActivate: [homeRedirect], children: [] },
  { path: 'login', loadComponent: () => import('./auth/login.component').then((m) => m.LoginComponent) },
  { path: 'designer', component: ModelerComponent },
  {
    path: 'inbox',
    canActivate: [roleGuard('participant')],
    loadComponent: () => import('./inbox/inbox.component').then((m) => m.InboxComponent),
  },
  {
    path: 'inbox/:key',
    canActivate: [roleGuard('participant')],
    loadComponent: () => import('./inbox/task-detail.component').then((m) => m.TaskDetailComponent),
  },
  {
    path: 'instances',
    canActivate: [roleGuard('process-owner', 'auditor')],
    loadComponent: () => import('./instances/instances.component').then((m) => m.InstancesComponent),
  },
  {
    path: 'instances/:key',
    canActivate: [roleGuard('process-owner', 'auditor')],
    loadComponent: () => import('./instances/instance-detail.component').then((m) => m.InstanceDetailComponent),
  },
  {
    path: 'instances/:key/audit',
    canActivate: [roleGuard('auditor')],
    loadComponent: () => import('./audit/audit.component').then((m) => m.AuditComponent),
  },
  { path: '**', redirectTo: '' },
];
