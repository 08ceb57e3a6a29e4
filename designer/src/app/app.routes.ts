import type { Routes } from '@angular/router';
import { ModelerComponent } from './modeler/modeler.component';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'designer' },
  { path: 'designer', component: ModelerComponent },
  { path: '**', redirectTo: 'designer' },
];
