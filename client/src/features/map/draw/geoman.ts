// Loaded on demand (load-geoman.ts): geoman and its styles are most of the drawing tool's weight.
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
