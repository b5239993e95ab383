// Threads, atomics (fetch_add, compare_exchange, fences), Mutex/Arc, channels, and a spin lock.
use std::sync::atomic::{fence, AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

struct SpinLock { locked: AtomicBool }
impl SpinLock {
    fn lock(&self) {
        while self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            std::hint::spin_loop();
        }
    }
    fn unlock(&self) { self.locked.store(false, Ordering::Release); }
}

fn main() {
    let counter = Arc::new(AtomicU64::new(0));
    let total = Arc::new(Mutex::new(0u64));
    let spin = Arc::new(SpinLock { locked: AtomicBool::new(false) });
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for t in 0..4u64 {
        let (counter, total, spin, tx) = (counter.clone(), total.clone(), spin.clone(), tx.clone());
        handles.push(thread::spawn(move || {
            for i in 0..1000 {
                counter.fetch_add(i, Ordering::Relaxed);
            }
            spin.lock();
            *total.lock().unwrap() += t;
            spin.unlock();
            fence(Ordering::SeqCst);
            tx.send(t * 10).unwrap();
        }));
    }
    drop(tx);
    for h in handles { h.join().unwrap(); }
    let sum: u64 = rx.iter().sum();
    println!("{} {} {}", counter.load(Ordering::SeqCst), total.lock().unwrap(), sum);
}
