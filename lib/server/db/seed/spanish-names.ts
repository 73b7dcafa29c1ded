import 'server-only';

// Names common in Spain and Latin America, so the demo cohort reads like a real one.
export const FIRST_NAMES = [
  'Lucía', 'Martina', 'Sofía', 'Paula', 'Julia', 'Valeria', 'Carmen', 'Noa', 'Alba', 'Irene',
  'Ximena', 'Daniela', 'Claudia', 'Nerea', 'Aitana', 'Elena', 'Rocío', 'Ainhoa', 'Itziar', 'Marta',
  'Hugo', 'Mateo', 'Martín', 'Lucas', 'Leo', 'Daniel', 'Pablo', 'Álvaro', 'Adrián', 'Diego',
  'Joaquín', 'Sergio', 'Iker', 'Marc', 'Jordi', 'Andrés', 'Tomás', 'Gonzalo', 'Rubén', 'Íñigo',
  'Nuria', 'Montserrat', 'Begoña', 'Xabier', 'Santiago', 'Camila', 'Renata', 'Emilio', 'Óscar', 'Inés',
] as const;

export const SURNAMES = [
  'García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín',
  'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez',
  'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Ramírez', 'Serrano', 'Blanco', 'Molina',
  'Castro', 'Ortiz', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Núñez', 'Medina', 'Garrido', 'Cortés',
  'Castillo', 'Santos', 'Lozano', 'Guerrero', 'Cano', 'Prieto', 'Méndez', 'Cruz', 'Calvo', 'Etxeberria',
] as const;
